# with statements inside a loop, left by continue and break.
from _tracelib import run


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def main():
    n = 0
    for i in range(4):
        with CM():
            if i == 1:
                continue
            if i == 3:
                break
            n += i
    return n


run(main)
