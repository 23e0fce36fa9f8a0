print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 4.5, 5.5]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 4))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(123, 0), round(123.456, 0), round(7))
print(type(round(1.5)).__name__, type(round(1.5, 1)).__name__, type(round(15, -1)).__name__)
print(round(1e300, 2), round(-0.4), round(0.4), round(2 ** 70 + 0.0), round(10 ** 20 + 1, -1))
try:
    round('1.5')
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
