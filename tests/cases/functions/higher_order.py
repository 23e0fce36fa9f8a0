def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 4), apply(len, 'hello'), apply(lambda: 'nothing'))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(fn, *bound):
    return lambda *more: fn(*bound, *more)
add3 = lambda a, b, c: a + b + c
print(curry(add3, 1)(2, 3), curry(add3, 1, 2)(3))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print({k: f(6, 3) for k, f in ops.items()})
def reduce_(fn, seq, init):
    acc = init
    for x in seq:
        acc = fn(acc, x)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 8), 1))
