t = (1, 'two', 3.0)
print(t, len(t), t[1], t[-1], t[1:], t[::-1], (1,), (), tuple([1, 2]), tuple('ab'))
print(t + (4,), (0,) * 3, t.index('two'), (1, 1, 2).count(1), 3.0 in t)
a, b, c = t
print(a, b, c)
x, *rest = range(5)
*init, last = 'hello'
first, *mid, end = [1, 2, 3, 4]
print(x, rest, init, last, first, mid, end)
(p, q), r = (1, 2), 3
print(p, q, r)
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 2, 3), ((1,),), type(()).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
