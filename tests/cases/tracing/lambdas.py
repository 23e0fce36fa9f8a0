# Lambdas: a frame each, named <lambda>.
from _tracelib import run


def main():
    sq = lambda x: x * x
    add = lambda a, b: (a +
                        b)
    r = sorted([3, 1, 2], key=lambda v: -v)
    return sq(3), add(1, 2), r


run(main)
