a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend('ab'); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'mid'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('a'); print(a)
print(a.index(2), a.count(1), [1, 1, 2, 1].count(1), [1, 2, 3, 2].index(2, 2))
b = a.copy(); b.clear(); print(a, b)
c = [1, 2, 3]; c.reverse(); print(c)
print(len(c), c * 2, c + [0], 2 * [None], [[]] * 3)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(type(e).__name__, e)
