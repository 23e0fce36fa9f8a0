class A:
    def f(self):
        return 'A.f'
a = A()
print(a.f())
A.f = lambda self: 'patched'
print(a.f())
a.f = lambda: 'instance attr'
print(a.f(), A.f(a))
del a.f
print(a.f())
def new_method(self, x):
    return x * 2
A.g = new_method
print(a.g(21))
class B(A):
    pass
A.h = lambda self: type(self).__name__
print(B().h())
print(getattr(a, 'g')(5), getattr(A, 'g')(a, 6))
