print(pow(2, 100))
print(pow(3, 4, 5), pow(2, 100, 1000007), pow(-3, 3, 7))
print(pow(3, -1, 7), pow(2, -1, 5))
print(7 ** 2 ** 2, (7 ** 2) ** 2)
print(-2 ** 2, (-2) ** 2)
print(2 ** 0.5)
print(4 ** -0.5)
print(0 ** 5, 1 ** 1000, (-1) ** 1001)
print(type(2 ** -2).__name__, 2 ** -2)
print(10 ** 20, 10 ** 21)
print((-8) ** (1 / 3) == (-8) ** (1 / 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
