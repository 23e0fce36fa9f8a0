# Comprehensions and a generator expression in a class body.
from _tracelib import run


def main():
    class C:
        base = [1, 2]
        squares = [b * b for b in base]
        total = sum(x for x in (1, 2))
    return C.squares, C.total


run(main)
