# Calls nested inside expressions: each callee's events come between the
# caller's line event and the rest of the caller's line.
from _tracelib import run


def double(x):
    return x * 2


def inc(x):
    return x + 1


def main():
    a = double(inc(1)) + inc(double(2))
    b = [double(i) for i in (1, 2)]
    return a, b


run(main)
