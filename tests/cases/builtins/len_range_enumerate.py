print(len('abc'), len([1, 2]), len(()), len({'a': 1}), len({1, 2, 3}), len(range(10)), len(b'xy'), len(frozenset()))
print(list(range(3)), list(range(1, 4)), list(range(0, 10, 4)), list(range(3, 0, -1)))
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 1)))
e = enumerate(['x', 'y'], 5)
print(next(e), next(e), next(e, 'done'), type(e).__name__)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(x for x in [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range('3')
except TypeError as e:
    print(type(e).__name__, e)
try:
    range()
except TypeError as e:
    print(type(e).__name__, e)
