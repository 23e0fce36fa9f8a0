s = "filename.tar.gz"
print(s.startswith('file'), s.startswith('name', 4), s.startswith(('x', 'fi')), s.startswith('e', 3, 4))
print(s.endswith('.gz'), s.endswith(('.zip', '.tar.gz')), s.endswith('tar', 0, 12), s.endswith(''))
print(''.startswith(''), 'a'.startswith('ab'), 'abc'.endswith('abc', -3))
try:
    s.startswith(['file'])
except TypeError as e:
    print(type(e).__name__, e)
