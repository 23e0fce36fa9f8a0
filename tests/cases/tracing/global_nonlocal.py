# global and nonlocal declarations give no events of their own.
from _tracelib import run

counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


def main():
    bump()
    inc = make()
    inc()
    return counter, inc()


run(main)
