print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('hello'), min('b', 'a'), max([1, 5], [2]))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len), max([], default='empty'))
print(min([], default=None), max([3, 1], default=0), max((x for x in [1, 9, 2])), max({1: 'a', 5: 'b'}))
print(max([(1, 'b'), (1, 'a')]), max([2, 2.0]), max([2.0, 2]), min(-0.0, 0.0), min([[2], [1, 5]]))
print(max([1, 3, 2], key=lambda x: -x), max('ab', 'ba', key=lambda s: s[1]))
for f in (min, max):
    try:
        f([])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, 'a'])
except TypeError as e:
    print(type(e).__name__, e)
