# Returns from several places in a function; return values of several types.
from _tracelib import run


def pick(n):
    if n == 0:
        return None
    if n == 1:
        return [1, (2, "three")]
    for i in range(n):
        if i == 2:
            return {"i": i}
    return 1.5


def empty():
    pass


def doc_only():
    """Only a docstring."""


def main():
    return [pick(0), pick(1), pick(3), pick(2), empty(), doc_only()]


run(main)
