d = {'a': 1, 'b': 2, 'c': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['d'] = 4
print(len(k), list(v), ('d', 4) in i, 'a' in k, 4 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(k == {'a', 'b', 'c', 'd'}, sorted(i & {('a', 1), ('b', 0)}))
print(k.isdisjoint({'x'}), type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for key in d:
        d[key + key] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(k)), d.keys() == d.keys(), d.values() == d.values())
