class A:
    def f(self):
        return 'A'
class B(A):
    def f(self):
        return 'B+' + super().f()
class C(B):
    def f(self):
        return 'C+' + super(C, self).f()
print(C().f(), super(B, C()).f(), super(A, C()).__class__.__name__)
sup = super(C, C())
print(type(sup).__name__, sup.f())
try:
    super()
except RuntimeError as e:
    print(type(e).__name__, e)
def not_in_class():
    return super().f()
try:
    not_in_class()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
