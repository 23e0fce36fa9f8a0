d = {'b': 2, 'a': 1}
d['c'] = 3
d['b'] = 20
print(d, len(d), d['a'], 'a' in d, 'z' not in d)
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.pop('a'), d.pop('z', 'dflt'), d)
print(d.setdefault('x', []), d.setdefault('b', 99), d)
d.update({'y': 1}, z=2)
d.update([('w', 0)])
print(d)
print(d.popitem(), d)
print(dict(a=1, b=2), dict([('x', 1)]), dict({'k': 'v'}, k2='v2'), dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
c = d.copy()
c.clear()
print(c, d == d.copy(), {1: 2} == {1: 2.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
