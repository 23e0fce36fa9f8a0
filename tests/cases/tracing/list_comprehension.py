# List comprehensions are inlined in 3.13: no 'call' events for them.
from _tracelib import run


def main():
    squares = [x * x for x in range(3)]
    pairs = [(a, b)
             for a in range(2)
             for b in range(2)
             if a != b]
    return squares, pairs


run(main)
