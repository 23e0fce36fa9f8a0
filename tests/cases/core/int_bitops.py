print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(1 << 10, 1024 >> 3, -1024 >> 3, -1 >> 10, -5 << 2)
print(~0xFF, -6 & 0xFF, -1 & 0xFFFFFFFF)
print(5 & -3, 5 | -3, 5 ^ -3, -5 & -3, -5 | -3, -5 ^ -3)
print((123).bit_count(), (-123).bit_count())
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -2
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 2.0
except TypeError as e:
    print(type(e).__name__, e)
