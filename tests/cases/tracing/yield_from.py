# yield from: the delegating generator is resumed (a 'call') around each
# resumption of the inner one.
from _tracelib import run


def inner():
    yield "i1"
    yield "i2"
    return "inner-done"


def outer():
    r = yield from inner()
    yield r


def main():
    return list(outer())


run(main)
