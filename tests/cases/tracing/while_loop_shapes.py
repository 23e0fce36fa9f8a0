# while loops of several shapes: one-line bodies, a condition across lines,
# while True whose body ends in if/else, continue to the test.
from _tracelib import run


def main():
    n = 0
    while n < 3: n += 1
    while (n < 5 and
           n != 99):
        n += 1
    while True:
        n += 1
        if n > 7:
            break
        else:
            n += 0
    while n < 10:
        n += 1
        if n == 9:
            continue
        n += 0
    return n


run(main)
