# R88, R89: module- and class-level comprehensions switch f_locals to a proxy.
import sys
modvar = 1
print(type(sys._getframe().f_locals).__name__)
kinds = [type(sys._getframe().f_locals).__name__ for _ in range(1)]
print(kinds, type(sys._getframe().f_locals).__name__)
[sys._getframe().f_locals.__setitem__('modvar', 2) for i in range(1)]
print(modvar)
stale = [sys._getframe().f_locals for i in range(1)][0]
def inside():
    out = []
    for i in [42]:
        pass
    return out
r = [(sys._getframe().f_locals.__setitem__('i', 42), sys._getframe().f_locals['i'], list(sys._getframe().f_locals), len(sys._getframe().f_locals)) for i in range(3, 4)]
print(r[0][1], r[0][2].count('i'), r[0][3])
print(type(stale).__name__, sorted(stale.keys()))
