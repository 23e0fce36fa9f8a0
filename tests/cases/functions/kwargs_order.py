def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{'b': 1}, a=2, **{'c': 3}))
def f(a, **kw):
    return a, kw
print(f(1, **{'a-b': 2, 'x y': 3}))
print(f(**{'a': 0, 'extra': 1}))
def g(*, a, b):
    return a - b
print(g(b=1, a=10), g(**dict(a=5, b=2)))
print(dict(x=1, **{'y': 2}), dict(**{'x': 1}))
