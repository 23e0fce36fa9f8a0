a, b = 1, 2
a, b = b, a
print(a, b)
x = y = z = [0]
x.append(1)
print(y, z is x)
(a, b), (c, d) = [1, 2], 'xy'
print(a, b, c, d)
first, *others = 'abcde'
print(first, others)
a, *b, c = 1, 2
print(a, b, c)
for i, (k, v) in enumerate({'p': 1, 'q': 2}.items()):
    print(i, k, v)
[p, q] = (7, 8)
print(p, q)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
d = {}
d['a'], d['b'] = 'AB'
print(d)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 'xyz'
except ValueError as e:
    print(type(e).__name__, e)
