# for ... else: the else body runs when the loop was not broken.
from _tracelib import run


def find(xs, target):
    for x in xs:
        if x == target:
            break
    else:
        return "missing"
    return "found"


def main():
    return find([1, 2], 2), find([1], 3)


run(main)
