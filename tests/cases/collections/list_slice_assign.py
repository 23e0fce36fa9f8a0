a = list(range(8))
a[2:4] = ['a', 'b', 'c']
print(a)
a[1:1] = [100, 200]
print(a)
a[:3] = []
print(a)
a[::2] = 'WXYZ'
print(a)
a[-2:] = range(3)
print(a)
b = [0, 1, 2, 3, 4, 5]
b[::-2] = [50, 30, 10]
print(b)
b[4:1] = ['x']
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
c = [1, 2, 3]
c[:] = c
print(c)
c[len(c):] = [4]
print(c)
