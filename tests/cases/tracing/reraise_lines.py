# The line a frame reports when an exception leaves it: the bare raise in an
# 'except ... as' clause, a with exit that does not suppress, a finally
# body, an unmatched except clause.
from _tracelib import run


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def named(x):
    try:
        raise ValueError(x)
    except ValueError as e:
        if x:
            raise


def through_with():
    with CM():
        y = 1
        raise KeyError("w")


def through_finally():
    try:
        raise IndexError("f")
    finally:
        z = 2


def unmatched():
    try:
        raise TypeError("u")
    except (KeyError, IndexError):
        pass


def main():
    out = []
    for f, a in ((named, 1), (through_with, None), (through_finally, None), (unmatched, None)):
        try:
            f(a) if a else f()
        except Exception as e:
            out.append(type(e).__name__)
    return out


run(main)
