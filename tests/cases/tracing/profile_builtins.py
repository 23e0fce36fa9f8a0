# A profile function: call/return for Python frames, c_call, c_return and
# c_exception for builtins, with the line of the calling frame.
import sys
from _tracelib import run


def py(x):
    return abs(x)


def main():
    n = len([1, 2])
    m = max(n, py(-5))
    s = "a,b".split(",")
    try:
        int("z")
    except ValueError:
        pass
    return n, m, s


run(main, profile=True, trace=False)
