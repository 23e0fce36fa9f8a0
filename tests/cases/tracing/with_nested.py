# Nested with statements, a return from inside the inner one.
from _tracelib import run


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self.name

    def __exit__(self, *exc):
        return None


def main():
    with CM("a") as a:
        with CM("b") as b:
            s = a + b
        t = s * 2
    return t


def early():
    with CM("x") as x:
        with CM("y"):
            return x


run(main)
run(early)
