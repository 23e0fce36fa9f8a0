# R11, R12: locals() in a function is a fresh, independent snapshot.
def f(a, *args, b=2, **kw):
    x = 1
    d = locals()
    print(d, locals() is locals())
    d['x'] = 9
    d['new'] = 1
    x = 2
    print(x, d['x'], 'new' in locals(), sorted(locals()))
f(0, 1, c=3)
def order(arg2, arg1, *va, kw1, **kws):
    zeta = 1
    alpha = 2
    def g():
        return zfree, afree, ycell, bcell
    ycell = bcell = 3
    return list(locals())
zfree = afree = 0
print(order(1, 2, kw1=3))
