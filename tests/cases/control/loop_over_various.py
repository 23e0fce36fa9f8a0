for c in 'hi':
    print(c)
for k, v in sorted({'b': 2, 'a': 1}.items()):
    print(k, v)
for x in {3}:
    print(x)
for b in b'AB':
    print(b)
for i, (a, b) in enumerate(zip('xy', [1, 2]), start=1):
    print(i, a, b)
for t in (1, 'two', None):
    print(repr(t))
for r in reversed(range(3)):
    print(r, end=' ')
print()
try:
    for q in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for q in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
