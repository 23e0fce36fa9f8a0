print(format(3.14159, '.2f'), format(42, 'b'), format('x', '>3'), format(1234567, ','), format(0.5, '%'))
print(format(12, ''), format('s'), format(None), format(2.5), format(10**20, 'e'), format(-0.0, '.1f'))
print(format(1e-20, ''), format(1.5e300, ''), format(float('nan'), '10'), format(float('inf'), '+'))
print(format(123, '=+8'), format(-123, '08'), format(123, '^8x'), format(65, 'c'), format(True, ''), format(True, 'd'))
print(format(1.0, 'g'), format(1e16, 'g'), format(123.456, '.1g'), format(0.0001, 'g'), format(0.00001, 'g'))
print(format(1234.5, 'n'), format(1.23456789e-5, '.3'), format(100.0, '.3'), format(12.0, '#g'), format(3, '.2f'))
try:
    format(1.5, 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format('s', 'd')
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, 's')
except ValueError as e:
    print(type(e).__name__, e)
