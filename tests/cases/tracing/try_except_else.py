# try/except/else: the else body runs only without an exception.
from _tracelib import run


def attempt(d, k):
    try:
        v = d[k]
    except KeyError:
        v = None
    else:
        v = v * 2
    return v


def main():
    return attempt({"a": 1}, "a"), attempt({}, "b")


run(main)
