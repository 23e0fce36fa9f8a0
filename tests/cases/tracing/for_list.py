# A for loop over a list: the 'for' line is reported at every iteration
# and once more when the iterator is exhausted.
from _tracelib import run


def main():
    total = 0
    for x in [1, 2, 3]:
        total += x
        if x == 2:
            total *= 10
    for y in []:
        total = -1
    return total


run(main)
