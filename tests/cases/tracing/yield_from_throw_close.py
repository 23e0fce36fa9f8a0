# throw() and close() on a generator suspended in yield from: the inner
# generator sees the exception first; what it lets through is raised at the
# yield from, which gives the delegating frame an 'exception' and then a
# 'line' event there. close() closes the inner generator without events
# when it has no handler.
from _tracelib import run


def inner():
    yield 1
    yield 2


def guarded():
    try:
        yield "g"
    finally:
        done = True


def outer(sub):
    try:
        r = yield from sub()
    except KeyError:
        yield "caught"


def main():
    g = outer(inner)
    next(g)
    a = g.throw(KeyError("k"))
    h = outer(inner)
    next(h)
    h.close()
    k = outer(guarded)
    next(k)
    k.close()
    return a


run(main)
