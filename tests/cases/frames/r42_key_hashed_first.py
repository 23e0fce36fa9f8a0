# R42: every keyed operation hashes the key first.
import sys
def f():
    p = sys._getframe().f_locals
    for op in (lambda: p[[]], lambda: p.__setitem__([], 1), lambda: p.__delitem__([]),
               lambda: [] in p, lambda: p.get([]), lambda: p.setdefault([]), lambda: p.pop([])):
        try:
            op()
        except TypeError as e:
            print("TypeError:", e)
f()
