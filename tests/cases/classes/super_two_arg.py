class A:
    def name(self):
        return 'A'
class B(A):
    def name(self):
        return 'B'
class C(B):
    def name(self):
        return 'C'
    def skip(self):
        return super(B, self).name()
c = C()
print(c.name(), super(C, c).name(), super(B, c).name(), c.skip())
class Diamond(A): pass
class L(A):
    def hello(self):
        return 'L>' + super().hello() if hasattr(super(), 'hello') else 'L'
class R(A):
    def hello(self):
        return 'R'
class LR(L, R):
    pass
print(LR().hello(), [k.__name__ for k in LR.__mro__])
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(super(C, C).name(c))
print(type(super(C, c)).__name__)
