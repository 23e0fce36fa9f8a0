def g():
    yield 1
    return 'the value'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def empty():
    return
    yield
try:
    next(empty())
except StopIteration as e:
    print(repr(e), e.value)
def ret_none():
    yield 1
    return None
it = ret_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
