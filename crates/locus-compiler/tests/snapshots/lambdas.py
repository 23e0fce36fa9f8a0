inc = lambda x: x + 1
defaults = lambda a, b=2, *args, c=3, **kw: (a, b, c, args, kw)
def make_adder(n):
    return lambda x, m=n: x + n + m
curry = lambda a: lambda b: lambda c: a + b + c
