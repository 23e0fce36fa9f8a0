print(list('ab'), list(), tuple([1, 2]), tuple(), set('aab') == {'a', 'b'}, set(), frozenset('a'), dict(a=1))
print(dict([('x', 1), ['y', 2]]), dict(zip('ab', 'cd')), dict({'a': 1}), dict(), list({'k': 1}.values()))
print(sorted(set([3, 1, 3])), tuple(range(3)), list((i for i in 'xy')), frozenset([1, 1]) == frozenset({1}))
for ctor, arg in [(list, 1), (tuple, None), (set, 3.5), (dict, 5), (frozenset, 0)]:
    try:
        ctor(arg)
    except TypeError as e:
        print(ctor.__name__, type(e).__name__, e)
try:
    dict(['ab', 'c'])
except ValueError as e:
    print(type(e).__name__, e)
