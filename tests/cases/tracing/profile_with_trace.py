# sys.setprofile and sys.settrace together: for each event the tracer
# hears first, then the profiler.
from _tracelib import run


def gen():
    yield 1


def helper(x):
    return x + 1


def main():
    a = helper(1)
    b = list(gen())
    c = len(b)
    try:
        raise KeyError("k")
    except KeyError:
        pass
    return a, b, c


run(main, profile=True, trace=True)
