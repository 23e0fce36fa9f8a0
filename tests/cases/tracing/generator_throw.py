# throw() into a suspended generator: 'call' at the yield, then an
# 'exception' event there; caught inside, or leaving the generator.
from _tracelib import run


def catches():
    try:
        yield 1
    except ValueError:
        yield "handled"


def leaks():
    yield 1
    yield 2


def main():
    g = catches()
    next(g)
    a = g.throw(ValueError("v"))
    h = leaks()
    next(h)
    try:
        h.throw(KeyError("k"))
    except KeyError:
        b = "leaked"
    return a, b


run(main)
