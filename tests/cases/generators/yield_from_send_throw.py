def inner():
    try:
        x = yield 'inner-1'
        print('inner got', x)
        y = yield 'inner-2'
        print('inner got', y)
    except KeyError as e:
        print('inner caught', repr(e))
        yield 'inner-recovered'
    return 'inner-done'
def outer():
    r = yield from inner()
    print('outer got result', r)
    yield 'outer-end'
g = outer()
print(next(g))
print(g.send('A'))
print(g.throw(KeyError('k')))
print(next(g))
print(next(g, 'exhausted'))
g2 = outer()
next(g2)
g2.close()
print('closed delegating generator')
