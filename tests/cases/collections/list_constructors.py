print(list(), list('abc'), list(range(3)), list((1, 2)), list({'a': 1, 'b': 2}), list({'x': 0}.items()))
print(list(x * 2 for x in range(4)), list(map(str, [1, 2])), list(reversed([1, 2, 3])))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b, list(a) == a)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print([*range(3), *'ab', *[None]], (*[1], *(2,)), {*'ab', *'bc'} == {'a', 'b', 'c'})
print(type([]).__name__, isinstance([], list), [].__class__ is list)
