def two():
    yield 'a'
    yield 'b'
g = two()
print(list(g), list(g), next(g, None))
for x in g:
    print('never')
print('for over exhausted did nothing')
try:
    next(g)
except StopIteration as e:
    print('StopIteration again', e.value)
print(g.send(None) if False else 'skip')
try:
    g.send(None)
except StopIteration:
    print('send on exhausted raises StopIteration')
try:
    g.throw(ValueError('x'))
except ValueError as e:
    print('throw on exhausted re-raises', e)
it = iter([1])
print(next(it), next(it, 'empty'), next(it, 'still empty'))
