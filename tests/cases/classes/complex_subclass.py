class C(complex):
    pass
c = C(1, 2)
print(c, repr(c), type(c).__name__, isinstance(c, complex), c + 1, type(c + 1).__name__, 1 + c, c * c, -c, type(-c).__name__, +c, abs(C(3, 4)))
print(c == 1+2j, 1+2j == c, hash(c) == hash(1+2j), c.real, c.imag, c.conjugate(), type(c.conjugate()).__name__, C(), C('1+2j'), C(c), C(2.5), bool(C(0)))
print(complex(c), type(complex(c)).__name__, format(c, '.1f'), f'{c}', c ** 2, c / 2, {c: 1}[1+2j], C(1j) is C(1j))
class D(complex):
    def __new__(cls, re, im=0):
        self = super().__new__(cls, re, im)
        self.tag = 'd'
        return self
    def __repr__(self):
        return 'D' + super().__repr__()
d = D(3, -1)
print(d, repr(d), d.tag, [d], d - 1, complex.__repr__(d))
for bad in [lambda: C('x'), lambda: C(1, 2, 3), lambda: C(imag='1'), lambda: complex.__new__(int), lambda: c < c]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
