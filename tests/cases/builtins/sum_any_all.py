print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101), start=5))
print(sum([1.5, 2]), sum([True, True]), sum((x for x in range(4))), sum([1 + 2j, 3]))
print(any([]), any([0, '', None]), any([0, 1]), all([]), all([1, 'x']), all([1, 0]))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any('abc'), all(''))
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(type(e).__name__, e)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b'a'], b'')
except TypeError as e:
    print(type(e).__name__, e)
