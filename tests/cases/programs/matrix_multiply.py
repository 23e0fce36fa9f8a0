def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    if len(a[0]) != inner:
        raise ValueError(f'shape mismatch: {rows}x{len(a[0])} @ {inner}x{cols}')
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(m):
    return [list(r) for r in zip(*m)]
def mat_pow(m, p):
    result = identity(len(m))
    while p:
        if p & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        p >>= 1
    return result
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(matmul(B, A))
print(transpose(A))
fib = mat_pow([[1, 1], [1, 0]], 100)
print(fib[0][1])
n = 30
M = [[(i * j + 1) % 7 for j in range(n)] for i in range(n)]
P = matmul(M, M)
print(sum(map(sum, P)), P[0][:5], P[-1][-5:])
F = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(F, F))
try:
    matmul(A, A)
except ValueError as e:
    print(type(e).__name__, e)
