print(int(), int(5), int(-2.7), int('42'), int('0x1f', 16), int('  12  '), int(b'7'), int(True))
print(float(), float(3), float('1e2'), float(' 2.5 '), float('-inf'), float(b'1.5'))
print(bool(), bool(0), bool(3), bool('x'), bool([]), bool(None))
class I:
    def __int__(self):
        return 9
class Idx:
    def __index__(self):
        return 8
class F:
    def __float__(self):
        return 2.5
print(int(I()), int(Idx()), float(F()), float(Idx()))
try:
    int('4.5')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float('x1')
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
