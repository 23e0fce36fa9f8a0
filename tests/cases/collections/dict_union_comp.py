a = {'x': 1, 'y': 2}
b = {'y': 20, 'z': 30}
print(a | b, b | a, a, b)
a |= b
print(a)
a |= [('w', 0)]
print(a)
squares = {n: n * n for n in range(6)}
print(squares)
print({v: k for k, v in squares.items() if k % 2})
print({c: i for i, c in enumerate('hello')})
inv = {}
for k, v in {'a': 1, 'b': 2, 'c': 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
try:
    a | [('q', 1)]
except TypeError as e:
    print(type(e).__name__, e)
