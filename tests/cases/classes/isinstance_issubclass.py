class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(b, C), isinstance(b, (C, A)), isinstance(b, (C, (int, B))))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(B, object))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)))
print(isinstance('s', str), isinstance(None, type(None)), isinstance(int, type), isinstance(type, object))
print(isinstance(A, type), issubclass(type, object), issubclass(bool, int), isinstance([], (list, tuple)))
try:
    isinstance(b, 'A')
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(b, A)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(B, [A])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(b, ()), type(b) == B, type(b) == A)
