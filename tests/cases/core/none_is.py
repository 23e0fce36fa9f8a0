x = None
print(x, repr(x), type(x).__name__, x is None, x is not None, x == None)
def f():
    pass
print(f() is None, f())
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None.__class__.__name__, bool(None), str(None))
print(type(None)() is None)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
