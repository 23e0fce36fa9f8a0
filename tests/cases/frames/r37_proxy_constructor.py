# R37: FrameLocalsProxy(frame).
import sys
def f():
    x = 1
    return sys._getframe()
fr = f()
T = type(fr.f_locals)
print(T(fr)['x'])
for args, kw in (((), {}), ((fr, fr), {}), ((), {'frame': fr}), ((1,), {}), ((fr,), {'a': 1})):
    try:
        T(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
mod = sys._getframe()
pm = T(mod)
pm['zz'] = 1
print(dict(pm), 'zz' in globals(), mod.f_locals is globals())
