def f(a, b, c, d=0):
    return [a, b, c, d]
args = (1, 2)
kwargs = {'c': 3, 'd': 4}
print(f(*args, **kwargs), f(*[1, 2, 3]), f(*'xyz'), f(1, *[2], c=9), f(*range(4)))
print(f(*args, 5, **{'d': 6}), f(**{'a': 1, 'b': 2, 'c': 3}))
print(f(*[1], *[2], **{'c': 3}, **{'d': 4}))
print(max(*[3, 9, 2]), print(*['a', 'b'], sep='|'))
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{'c': 1}, **{'c': 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
