def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
def g(first, *rest, sep='-', **opts):
    return first, rest, sep, sorted(opts.items())
print(g(1), g(1, 2, 3, sep='+', z=1, y=2))
def total(*nums):
    return sum(nums)
print(total(), total(1, 2, 3), type(f()[0]).__name__, type(f()[1]).__name__)
def kw_only(**kw):
    kw['added'] = True
    return kw
d = {'x': 1}
print(kw_only(**d), d)
