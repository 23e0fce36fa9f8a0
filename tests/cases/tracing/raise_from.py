# raise ... from: one 'exception' event for the new exception.
from _tracelib import run


def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError("not a number") from e


def suppress():
    try:
        {}[0]
    except KeyError:
        raise RuntimeError("plain") from None


def main():
    out = []
    for f, a in ((convert, "x"), (suppress, None)):
        try:
            f(a) if a else f()
        except (TypeError, RuntimeError) as e:
            out.append((type(e).__name__, type(e.__cause__).__name__))
    return out


run(main)
