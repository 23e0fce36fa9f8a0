print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] != [2, 1], [[1]] < [[2]])
a = [[0] * 3] * 2
a[0][0] = 9
print(a)
b = [[0] * 3 for _ in range(2)]
b[0][0] = 9
print(b)
print([1] * 0, [1] * -1, [1, 2] * 3)
c = [1]
c *= 3
print(c)
print(list(range(3)) + list('ab'))
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 1.5
except TypeError as e:
    print(type(e).__name__, e)
x = [1, 2]
x += (3, 4)
print(x)
