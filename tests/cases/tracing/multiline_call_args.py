# A call whose arguments span lines: the line events of the argument lines
# and of the call.
from _tracelib import run


def f(*args, **kw):
    return len(args) + len(kw)


def main():
    r = f(
        1,
        2 + 3,
        key=4,
    )
    s = f(1,
          f(2,
            3))
    return r + s


run(main)
