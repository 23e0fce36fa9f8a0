# Several context managers in one with statement, on one line and across
# lines in parentheses.
from _tracelib import run


class CM:
    def __init__(self, v):
        self.v = v

    def __enter__(self):
        return self.v

    def __exit__(self, *exc):
        return False


def main():
    with CM(1) as a, CM(2) as b:
        s = a + b
    with (
        CM(3) as c,
        CM(4) as d,
    ):
        s += c * d
    return s


run(main)
