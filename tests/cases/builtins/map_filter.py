print(list(map(str, [1, 2, 3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ['a', 'bb'])))
print(list(filter(None, [0, 1, '', 'x', None, [], [0]])), list(filter(lambda x: x > 2, range(5))))
print(list(filter(str.isdigit, 'a1b2c3')), type(map(str, [])).__name__, type(filter(None, [])).__name__)
m = map(lambda x: x * 10, iter([1, 2, 3]))
print(next(m), list(m), list(m))
try:
    map(5, [1])
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(str)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
