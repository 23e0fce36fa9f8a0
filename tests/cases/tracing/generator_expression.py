# A generator expression: its frame is a generator with 'call' per
# resumption and 'return' per value.
from _tracelib import run


def main():
    g = (x * x for x in range(3))
    total = sum(g)
    first = next(c for c in "ab")
    return total, first


run(main)
