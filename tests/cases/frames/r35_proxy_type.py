# R35, R36, R41: the proxy type, its restrictions and its methods.
import sys
def f():
    return sys._getframe().f_locals
p = f()
T = type(p)
print(T.__name__, T.__qualname__, T.__module__, 'FrameLocalsProxy' in dir(__builtins__))
try:
    class Sub(T): pass
except TypeError as e:
    print("TypeError:", e)
try:
    p.a = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
for name in ("clear", "popitem", "fromkeys"):
    try:
        getattr(p, name)
    except AttributeError as e:
        print("AttributeError:", e)
print([n for n in ("keys", "values", "items", "get", "setdefault", "update", "copy", "pop") if hasattr(p, n)])
