d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d)
d['alpha'] = 0
print(list(d))
del d['zeta']
d['zeta'] = 9
print(list(d))
d2 = {3: 'c', 1: 'a', 2: 'b'}
print(d2, sorted(d2), sorted(d2.items(), key=lambda kv: kv[1], reverse=True))
print(list(reversed(d2)), list(reversed(d2.items())))
print({**{'a': 1}, **{'b': 2}, 'a': 3})
m = dict(zip('xyz', range(3)))
print(m, list(m.values()))
