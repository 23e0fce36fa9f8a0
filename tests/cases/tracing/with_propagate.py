# An exception leaving a with block: __exit__ sees it and does not suppress.
from _tracelib import run


class CM:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.seen = et.__name__


def body(cm):
    with cm:
        raise KeyError("out")


def main():
    cm = CM()
    try:
        body(cm)
    except KeyError:
        pass
    return cm.seen


run(main)
