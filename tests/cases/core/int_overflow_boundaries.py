M = 2 ** 63
vals = [M - 1, M, M + 1, -M, -M - 1, 2 ** 31, 2 ** 32, 2 ** 64 - 1, 2 ** 64]
for v in vals:
    print(v, v + v, v * 3, v // 2, v % 1000, -v, v >> 1, v << 1, v - 1)
print((M - 1) * (M - 1))
print(-M * -1, (-M) // -1, (-M) % -1, abs(-M))
print(sum([M - 1] * 4))
