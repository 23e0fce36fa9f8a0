# while loops: the condition line at every test.
from _tracelib import run


def main():
    i = 0
    s = 0
    while i < 3:
        s += i
        i += 1
    while s > 100:
        s = 0
    return s


run(main)
