print(set(), frozenset(), {1}, frozenset([2]), {'only'})
print(repr({(1, 2)}), type({1}).__name__, type(frozenset()).__name__)
print(sorted({3, 1, 2}), sorted(set('hello')), sorted(frozenset('aab')))
fs = frozenset([1, 2, 3])
print(sorted(fs | {4}), type(fs | {4}).__name__, type({4} | fs).__name__, sorted(fs & {2}))
print(fs == {1, 2, 3}, hash(fs) == hash(frozenset([3, 2, 1])), {fs: 'ok'}[frozenset({1, 2, 3})])
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    hash({1})
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == frozenset({1, 2}), set([1, 1, 2]) == {1, 2}, len({1, True, 1.0}))
print({x % 3 for x in range(10)} == {0, 1, 2}, sorted({x % 3 for x in range(10)}))
print({0, 1, 2, 3}, set(range(5)), {-1, -2} == {-2, -1})
