# An exception propagating through several frames: an 'exception' event in
# each frame it reaches, then 'return' None for each frame it leaves.
from _tracelib import run


def level3(x):
    y = x + 1
    raise LookupError("deep %d" % y)


def level2(x):
    z = level3(x)
    return z


def level1():
    v = level2(1)
    return v


def main():
    try:
        level1()
    except LookupError as e:
        return str(e)


run(main)
run(level1)
