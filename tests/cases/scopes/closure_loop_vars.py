fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def make(n):
    return lambda: n
fns = [make(i) for i in range(3)]
print([f() for f in fns])
def gen_closures():
    out = []
    for k in 'abc':
        def cap(k=k):
            return k.upper()
        out.append(cap)
    return out
print([c() for c in gen_closures()])
