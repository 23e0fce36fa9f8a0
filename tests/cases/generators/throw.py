def resilient():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('handled inside', e)
            yield 'recovered'
g = resilient()
print(next(g))
print(g.throw(ValueError('bad')))
print(next(g))
try:
    g.throw(KeyError('unhandled'))
except KeyError as e:
    print('propagated', repr(e))
print(next(g, 'exhausted'))
def fresh():
    yield 1
g2 = fresh()
try:
    g2.throw(RuntimeError('before start'))
except RuntimeError as e:
    print('unstarted throw', e)
print(next(g2, 'closed'))
def cleanup():
    try:
        yield 1
    finally:
        print('finally on throw')
g3 = cleanup()
next(g3)
try:
    g3.throw(TypeError)
except TypeError as e:
    print('got', type(e).__name__)
