x = 'module'
result = [x for x in range(3)]
print(x, result)
def f():
    y = 'local'
    r = [y for y in 'ab']
    return y, r
print(f())
def g():
    items = [1, 2, 3]
    return [i * n for n in items for i in [n]]
print(g())
def h():
    total = 10
    return [total + k for k in range(3)]
print(h())
def shadow_builtin():
    return [len for len in range(2)], len('xyz')
print(shadow_builtin())
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
def closures():
    return [lambda: i for i in range(3)]
print([c() for c in closures()])
