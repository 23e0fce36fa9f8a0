x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
y = 5
print([y * i for i in range(3)])
i = 'unchanged'
squares = {i: i * i for i in range(3)}
print(i, squares)
g = (j for j in range(3))
print(list(g))
try:
    print(j)
except NameError as e:
    print(type(e).__name__, e)
def f():
    n = 3
    return [n * k for k in range(n)]
print(f())
print([[r * c for c in range(3)] for r in range(3)])
