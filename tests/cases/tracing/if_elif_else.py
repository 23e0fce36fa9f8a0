# if/elif/else chains: only the tests that run and the chosen body.
from _tracelib import run


def classify(n):
    if n < 0:
        kind = "neg"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    else:
        kind = "big"
    return kind


def main():
    return [classify(n) for n in (-1, 0, 5, 50)]


run(main)
