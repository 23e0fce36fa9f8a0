r = range(2, 20, 3)
print(r, range(5), range(0), range(1, 10), range(10, 0, -2), repr(range(-5, 5, 1)))
print(len(r), r[0], r[-1], r[2], list(r), r[1:3], r[::-1], r[::2], list(r[::-1]))
print(5 in r, 6 in r, 20 in r, 2.0 in r, 'a' in r, r.index(8), r.count(11))
print(len(range(10, 0)), list(range(10, 0)), range(0, 10 ** 20)[-1])
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), range(3) == [0, 1, 2])
print(list(range(-3, 3)), list(range(5, -5, -3)), sum(range(101)), max(range(7)), min(range(3, 9)))
print(r.start, r.stop, r.step, bool(range(0)), bool(range(1)), hash(range(3)) == hash(range(3)))
try:
    range(1, 10, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.index(7)
except ValueError as e:
    print(type(e).__name__, e)
