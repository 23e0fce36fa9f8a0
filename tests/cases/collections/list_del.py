a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a)
try:
    del a[0]
except IndexError as e:
    print(type(e).__name__, e)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print(type(e).__name__, e)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
