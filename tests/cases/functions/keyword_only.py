def f(a, *, b, c=3):
    return (a, b, c)
print(f(1, b=2), f(1, c=4, b=5), f(a=0, b=0))
def g(*args, key=None):
    return args, key
print(g(1, 2), g(key='k'), g(1, key=2))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
def h(*, x, y):
    return x + y
try:
    h(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(f.__kwdefaults__, h.__kwdefaults__, f.__defaults__)
