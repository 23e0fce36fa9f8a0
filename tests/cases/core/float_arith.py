print(1 + 2.0, 3 * 1.5, 7 / 2, 7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 // 2)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(2.0 ** 10, 2 ** 0.5, 10 ** -1, 1e308 * 10, -1e308 * 10)
print(0.1 * 3, 1.1 + 2.2, 3.3 - 1.1)
print(1e16 + 1, 1e16 + 2)
print(float('inf') - float('inf'), float('inf') * 0, float('inf') + 1)
print(-0.0 == 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0)
print(abs(-2.5), abs(-0.0), -(-1.5))
print(int(2.999), int(-2.999), round(2.675, 2), round(0.5), round(1.5), round(2.5))
print(round(3.14159, 3), round(1234.5678, -2), round(-1.5))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(10 ** 20 / 3, (10 ** 20 + 1) / 10)
print(2 ** 1000 / 2 ** 999)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-8.0) ** 0.5
except Exception as e:
    print(type(e).__name__, e)
else:
    print('complex result', (-8.0) ** 0.5 != 0)
