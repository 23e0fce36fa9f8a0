# Events of a plain function: call at the def line, a line per statement,
# return with the value.
from _tracelib import run


def add(a, b):
    c = a + b
    d = c * 2
    return d


def main():
    x = add(1, 2)
    y = add(x,
            3)
    return x + y


run(main)
