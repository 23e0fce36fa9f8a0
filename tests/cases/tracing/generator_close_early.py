# A generator closed before it finishes: close() throws GeneratorExit at
# the yield (an 'exception' event), a finally clause runs.
from _tracelib import run


def gen():
    try:
        yield 1
        yield 2
    finally:
        cleanup = True


def plain():
    yield "a"
    yield "b"


def main():
    g = gen()
    first = next(g)
    g.close()
    p = plain()
    next(p)
    p.close()
    return first


run(main)
