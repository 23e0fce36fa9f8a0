a = 2 ** 100
print(a)
print(a * a)
print(a - 1, a + 1)
print(-a)
print(3 ** 200)
print(a // 3, a % 3)
print(-a // 7, -a % 7)
print(divmod(10 ** 30, 7 ** 20))
print((10 ** 40 + 1) * (10 ** 40 - 1))
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f // (2 ** 30))
print(f == f + 0, f > 2 ** 150, f < 2 ** 160)
print(len(str(7 ** 500)))
print(int("123456789012345678901234567890") * 3)
print(12345678901234567890 & 0xFFFF, 12345678901234567890 | 1, 12345678901234567890 ^ (2 ** 64 - 1))
print(-(2 ** 70) >> 3, -(2 ** 70) >> 100, 1 << 100)
print((2 ** 64).bit_length(), (-(2 ** 64)).bit_length(), (255).bit_length(), (0).bit_length())
print(hash(2 ** 61 - 1) == hash(0), hash(-1), hash(-2))
