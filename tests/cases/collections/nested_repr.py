data = {'name': 'x', 'items': [1, (2, 3), {'k': [None, True, 1.5]}], 'empty': ([], {}, (), '')}
print(data)
print(repr(data) == str(data))
print([[1, [2, [3, [4]]]]], ((1,), ((2,),)), [{'a': {'b': {'c': {}}}}])
print(['quote\'s', "dq\"", 'nl\n'], ('é', b'\xe9'))
print([1.0, -0.0, 1e100, float('inf')], [0j, 1 + 2j], [range(3)], [None, Ellipsis, NotImplemented])
print(str([print]), [int, str, object])
print({1: {2: {3: [4, {5: 6}]}}})
