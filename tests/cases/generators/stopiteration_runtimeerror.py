def leaky():
    yield 1
    raise StopIteration('oops')
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def calls_next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(calls_next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e)
def ok_handles():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        yield 'handled'
print(list(ok_handles()))
