a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a < c > b, 1 < 2 < 3 < 4 < 5, 1 < 3 < 2)
print(a == 1 == True, 1 != 2 != 1, 3 > 2 >= 2 > 1)
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(0) < f(2), calls)
calls.clear()
print(f(1) < f(2) < f(3), calls)
print(1 in [1, 2] in [[1, 2]], 'a' in 'abc' not in 'xyz')
print(None is None is not False, [] is not [])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, 2] == [1, 2], 'abc' < 'abd', 'Z' < 'a')
print('' < 'a', (1,) > (), [3] > [2, 9])
try:
    print(1 < 'a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None > None)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == 'a', None == 0, [] == (), {} == [])
