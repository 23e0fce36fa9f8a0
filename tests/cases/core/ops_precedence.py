print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, 7 & 3 == 3, not 1 == 2)
print(1 < 2 and 2 < 3 or 0, not 0 and 1, 0 or not 1)
print(5 % 3 * 2, 5 * 3 % 4, -7 // 2 * 2, 2 * -3 ** 2)
print(3 if 0 else 4 if 1 else 5, [1, 2][True], 'ab' * 2 + 'c')
print(~1 + 1, -~1, +-+1, ---1)
x = 10
print(x if x > 5 else -x, (lambda: 1 + 2)() * 3)
