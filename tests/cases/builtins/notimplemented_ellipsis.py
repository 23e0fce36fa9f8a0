print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, ..., Ellipsis is ..., type(...).__name__, repr(...))
print((1).__add__('a'), (1).__eq__('a'), 'a'.__lt__(1))
def stub():
    ...
print(stub())
print(bool(...), str(...), [...], {'k': ...})
try:
    NotImplemented()
except TypeError as e:
    print(type(e).__name__, e)
class A:
    def __eq__(self, other):
        return NotImplemented
print(A() == A(), A() != A())
