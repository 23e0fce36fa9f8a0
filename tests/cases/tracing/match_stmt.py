# match statements: the subject line, each case pattern tried, the body.
from _tracelib import run


def describe(v):
    match v:
        case 0:
            return "zero"
        case [x, y]:
            return "pair"
        case {"k": k}:
            return "map"
        case str() if len(v) > 1:
            return "long str"
        case _:
            return "other"


def main():
    return [describe(v) for v in (0, [1, 2], {"k": 1}, "ab", 5.0)]


run(main)
