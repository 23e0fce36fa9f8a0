vals = [0.1, 1 / 3, 2.0 ** 0.5, 1e-300, 123.456, 6.02214076e23, 2 ** 53 + 0.0, 0.3]
for v in vals:
    r = repr(v)
    print(r, float(r) == v)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((2.5).is_integer(), (2.0).is_integer())
print((0.5).hex(), (1.0).hex(), (-0.1).hex(), float.fromhex('0x1.8p1'))
print(float.fromhex('-0x1p-2'), float.fromhex('inf'))
print(1.5.__round__(), 2.5.__round__(), (-0.5).__round__())
