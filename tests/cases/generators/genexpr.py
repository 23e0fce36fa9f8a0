g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(10) if x % 2))
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
data = [3, 1, 4, 1, 5, 9, 2, 6]
print(max(x for x in data), sorted(set(x % 3 for x in data)), list(x for x in data if x > 4))
lazy = (1 // x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    gen = (y for y in 5)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
g = (v * 10 for v in it)
print(next(g), next(it), next(g))
