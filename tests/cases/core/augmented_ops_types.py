a = 5
a /= 2
print(a, type(a).__name__)
b = 7
b //= 2.0
print(b, type(b).__name__)
c = [1]
d = c
c += [2]
print(c, d, c is d)
e = (1,)
f = e
e += (2,)
print(e, f, e is f)
s = 'ab'
s *= 3
print(s)
g = 3
g **= -1
print(g)
h = 1 + 1j
h *= 1j
print(h)
