def f(a, b, c=3):
    return a + b + c
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=4),
    lambda: f(1, 2, a=1),
    lambda: f(1, 2, 3, c=5),
    lambda: f(b=1, c=2),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)
def g():
    pass
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)
def h(x):
    pass
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**{'x': 1, 'y': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, **{'x': 2})
except TypeError as e:
    print(type(e).__name__, e)
def m(a, b, c, d):
    pass
try:
    m(1)
except TypeError as e:
    print(type(e).__name__, e)
