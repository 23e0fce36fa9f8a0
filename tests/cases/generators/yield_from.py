def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield 3
    return 'outer result'
g = outer()
print(list(g))
def delegate_iterables():
    yield from [10, 20]
    yield from 'ab'
    yield from range(2)
    yield from (x * x for x in range(3))
print(list(delegate_iterables()))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4]], [[5]], 6])))
g = outer()
try:
    while True:
        next(g)
except StopIteration as e:
    print('final value', e.value)
