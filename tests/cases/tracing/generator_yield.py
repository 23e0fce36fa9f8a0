# A generator driven by next(): 'call' per resumption at the yield line,
# 'return' with each yielded value, and the final return.
from _tracelib import run


def gen():
    x = yield 1
    y = yield x
    return y


def main():
    g = gen()
    a = next(g)
    b = g.send("s")
    try:
        g.send("t")
    except StopIteration as e:
        return a, b, e.value


run(main)
