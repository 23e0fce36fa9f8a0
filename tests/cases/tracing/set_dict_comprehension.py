# Set and dict comprehensions, inlined too.
from _tracelib import run


def key(x):
    return x % 2


def main():
    s = {key(x) for x in range(4)}
    d = {x: key(x) for x in range(3)}
    return sorted(s), d


run(main)
