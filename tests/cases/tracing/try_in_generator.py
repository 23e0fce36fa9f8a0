# try/except/finally inside a generator across yields.
from _tracelib import run


def gen():
    try:
        yield 1
        raise KeyError("k")
    except KeyError:
        yield 2
    finally:
        done = True
    yield 3


def main():
    return list(gen())


run(main)
