# A with statement that exits normally: __enter__ and __exit__ calls, and
# the with line again when the block ends.
from _tracelib import run


class CM:
    def __enter__(self):
        return "res"

    def __exit__(self, et, ev, tb):
        return False


def main():
    with CM() as r:
        x = r.upper()
    with CM():
        pass
    y = 1
    return x, y


run(main)
