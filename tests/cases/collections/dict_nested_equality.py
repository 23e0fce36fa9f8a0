a = {'x': [1, 2, {'y': (3, 4)}], 'z': {'w': None}}
b = {'z': {'w': None}, 'x': [1, 2, {'y': (3, 4)}]}
print(a == b, a is b, a['x'][2]['y'][1])
b['x'][2]['y'] = (3, 5)
print(a == b, a, b)
print({} == {}, {1: []} == {1: []}, {1: 1} != {1: 2}, {'a': 1} == {'a': 1, 'b': 2})
print(dict(a) == a, dict(a) is a, dict(a)['x'] is a['x'])
