print(abs(-5), abs(3.5), abs(-0.0), abs(3 + 4j), abs(True), abs(-10 ** 30))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 10 ** 10))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(3, 200, 13), pow(-2, 3), pow(10, 2, 7), pow(2, 0.5))
print(pow(base=2, exp=5), pow(7, -1, 11), pow(0, 0))
try:
    abs('x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod('a', 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3.5, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
