print(format(3.14159, '.3f'), format(255, 'x'), format(255, '#010b'), format('hi', '^6'), format(1e6, ',.1f'))
print(format(0.1234, '.1%'), format(-5, '+'), format(5, ' '), format(12.5, 'e'), format('abc'))
print(callable(len), callable(print), callable(lambda: 0), callable(int), callable(5), callable('s'), callable(None))
class C:
    def m(self):
        pass
    def __call__(self):
        pass
class D:
    pass
print(callable(C), callable(C()), callable(D()), callable(C.m), callable(C().m), callable([].append))
try:
    format(5, 'q')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, ',s')
except ValueError as e:
    print(type(e).__name__, e)
