# while ... else, with and without break.
from _tracelib import run


def search(n, stop):
    i = 0
    while i < n:
        if i == stop:
            break
        i += 1
    else:
        i = -1
    return i


def main():
    return search(3, 1), search(2, 9)


run(main)
