path = '/tmp/locus_case_open_text.txt'
with open(path, 'w') as f:
    n = f.write('line one\n')
    f.write('line two\nline three')
print(n)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r') as f:
    print(f.readline(), end='')
    print(f.readlines())
with open(path) as f:
    print([line.rstrip('\n') for line in f])
with open(path, 'a') as f:
    f.write('\nappended')
with open(path, encoding='utf-8') as f:
    print(f.read().splitlines())
with open(path, 'w', encoding='utf-8') as f:
    print('unicode: é 日本', file=f)
with open(path, encoding='utf-8') as f:
    data = f.read()
print(repr(data), len(data))
f = open(path)
print(f.closed, f.name, f.mode)
f.close()
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
