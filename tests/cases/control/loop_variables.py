for i in range(3):
    pass
print(i)
for i in []:
    pass
print(i)
for a, b in [(1, 2), (3, 4)]:
    pass
print(a, b)
for x in 'abc':
    x = x.upper()
print(x)
items = [1, 2, 3]
for idx in range(len(items)):
    items[idx] *= 10
print(items)
for k in {'p': 1, 'q': 2}:
    print(k, end=' ')
print()
for n in range(10, 0, -3):
    print(n, end=',')
print()
