# Float math: estimate the spectral norm of an infinite matrix
# a(i, j) = 1 / ((i + j) * (i + j + 1) / 2 + i + 1) with the power method.

import math

N = 320
ITERATIONS = 10


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def mul_a(v):
    n = len(v)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * v[j]
        out.append(acc)
    return out


def mul_at(v):
    n = len(v)
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out.append(acc)
    return out


def mul_ata(v):
    return mul_at(mul_a(v))


def main():
    u = [1.0] * N
    v = u
    for _ in range(ITERATIONS):
        v = mul_ata(u)
        u = mul_ata(v)
    vbv = 0.0
    vv = 0.0
    for a, b in zip(u, v):
        vbv += a * b
        vv += b * b
    print("%.9f" % math.sqrt(vbv / vv))


main()
