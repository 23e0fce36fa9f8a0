# A with statement whose __exit__ suppresses the exception.
from _tracelib import run


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, ArithmeticError)


def main():
    with Suppress():
        a = 1
        b = a / 0
        c = 2
    d = 3
    return d


run(main)
