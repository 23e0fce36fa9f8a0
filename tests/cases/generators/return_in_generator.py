def limited(items, limit):
    for i, item in enumerate(items):
        if i >= limit:
            return f'stopped at {i}'
        yield item
print(list(limited('abcdef', 3)))
def wrapper():
    r = yield from limited([1, 2, 3], 2)
    yield r
print(list(wrapper()))
def gen_return_in_try():
    try:
        yield 1
        return 'from try'
    finally:
        print('finally before StopIteration')
g = gen_return_in_try()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
