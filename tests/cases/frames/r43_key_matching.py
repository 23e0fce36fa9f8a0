# R43: keys match variables by identity, then by hash and equality.
import sys
class StrSub(str):
    pass
class Eq:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return other == self.name
class Boom:
    def __hash__(self):
        return hash('x')
    def __eq__(self, other):
        raise RuntimeError("eq")
def f():
    x = 1
    p = sys._getframe().f_locals
    p[StrSub('x')] = 2
    print(x, list(p.keys())[:1], p[Eq('x')])
    p[Eq('x')] = 3
    print(x)
    try:
        p[Boom()]
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        p[Boom()] = 1
    except RuntimeError as e:
        print("RuntimeError:", e)
f()
