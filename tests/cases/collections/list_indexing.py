a = list(range(10))
print(a[0], a[-1], a[2:5], a[::3], a[::-1], a[-3:], a[:-7], a[7:2:-2], a[100:], a[-100:2])
try:
    a[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a[-11] = 0
except IndexError as e:
    print(type(e).__name__, e)
try:
    a['x']
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0]
except TypeError as e:
    print(type(e).__name__, e)
a[0] = 'zero'
a[-1] = 'nine'
print(a)
print(a[True], a[False])
