class F(float):
    pass
f = F(1.5)
print(f, repr(f), type(f).__name__, isinstance(f, float), type(f + 1).__name__, f + 1, 1 + f, f * f, -f, +f, abs(F(-2.0)))
print(type(-f).__name__, type(abs(f)).__name__, f == 1.5, 1.5 == f, f < 2, 2 > f, hash(f) == hash(1.5), f.real, type(f.real).__name__, f.imag)
print(int(f), round(f), round(F(2.567), 2), float(f), type(float(f)).__name__, f.is_integer(), f.as_integer_ratio(), f.hex())
print(format(f, '.3f'), f'{f:>8}', str(f), divmod(F(7.0), 2), F(7.0) // 2, F(7.0) % 2, F(2.0) ** 3, 2 ** F(2.0), F(), F('2.5'), F(3))
print({f: 1}[1.5], {1.5: 'x'}[f], bool(F(0.0)), bool(f), f.conjugate(), type(f.conjugate()).__name__)
import math
print(math.floor(f), math.sqrt(F(4.0)), math.isnan(F('nan')), complex(f), f.__getnewargs__(), F.fromhex('0x1p1'), type(F.fromhex('0x1p1')).__name__)
class Celsius(float):
    def __new__(cls, value, unit='C'):
        self = super().__new__(cls, value)
        self.unit = unit
        return self
    def __repr__(self):
        return f'{float(self)}°{self.unit}'
c = Celsius(21.5, 'F')
print(repr(c), str(c), f'{c}', format(c, ''), c.unit, c + 1, type(c + 1).__name__, [c], c.__dict__)
class G(float):
    def __add__(self, o):
        return 'G.add'
    def __radd__(self, o):
        return 'G.radd'
print(G(1) + 1, 1 + G(1), 1.0 + G(1), G(1) - 1, sum([G(1.0)]) if False else '')
for bad in [lambda: F('x'), lambda: F(1, 2), lambda: F(x=1), lambda: float.__new__(int, 1), lambda: F(1.5)[0], lambda: range(F(1.0)), lambda: [1][F(0.0)]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted([F(3.0), 1, F(2.0)]), max(F(1.0), F(2.0)), min([F(5.0), 4.5]), F(1.5) in [1.5], F(float('inf')), F('-0.0'))
class H(float):
    __slots__ = ()
print(H(2.5), H(2.5) / 2)
try:
    H(1.0).x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(float.__repr__(f), float.__add__(f, 1), F.__mro__, F(2.5).__class__.__name__, float(F(2.5)).__class__.__name__)
