# match cases whose patterns span lines, guards that fail, class patterns.
from _tracelib import run


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def where(p):
    match p:
        case P(x=0,
               y=0):
            return "origin"
        case P(x, y) if x == y:
            return "diagonal"
        case P(x, _) if x > 0:
            return "right"
        case (1 |
              2):
            return "small"
    return "elsewhere"


def main():
    return [where(p) for p in (P(0, 0), P(2, 2), P(3, 1), P(-1, 0), 2)]


run(main)
