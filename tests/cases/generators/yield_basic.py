def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
print(list(count_up(5)), sum(count_up(101)))
for v in count_up(2):
    print('loop', v)
def gen_with_print():
    print('started')
    yield 1
    print('resumed')
    yield 2
    print('ending')
g = gen_with_print()
print('created')
print(next(g))
print(next(g))
print(next(g, 'default'))
print(next(g, 'again'))
