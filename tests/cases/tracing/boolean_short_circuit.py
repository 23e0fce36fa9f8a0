# and/or short-circuit and conditional expressions, on one line and
# across lines: no line event for jumps within a line.
from _tracelib import run


def t(v):
    return v


def main(a, b):
    x = t(a) and t(b)
    y = (t(a) or
         t(b))
    z = t(1) if a else t(2)
    w = not a
    return x, y, z, w


run(main, 0, 1)
