z = 3 + 4j
print(z, z.real, z.imag, abs(z), z.conjugate())
print(z * (1 - 2j), z + 1, z - 1j, z / 2, z ** 2)
print(1j * 1j, 1j ** 2, complex(1, 2), complex('1+2j'), complex(3), complex())
print(repr(2j), repr(-2j), repr(1 + 0j), repr(-0j), repr(complex(0, -0.0)))
print(type(1j).__name__, (1 + 2j) == (1 + 2j), 1 + 0j == 1)
print(complex(1.5, -2.5), (2 + 3j) / (1 - 1j))
try:
    (1 + 2j) < (2 + 3j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    complex('abc')
except ValueError as e:
    print(type(e).__name__, e)
print(bool(0j), bool(1j), hash(1 + 0j) == hash(1))
