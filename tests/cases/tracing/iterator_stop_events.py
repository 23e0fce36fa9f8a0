# How a loop ends: a class iterator raising StopIteration gives the looping
# frame an 'exception' event; a builtin iterator gives none; a generator
# gives one only when it returns a value; yield from gives one whenever a
# generator or a Python __next__ ends it.
from _tracelib import run


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def returns(v):
    yield 1
    return v


def delegate():
    r = yield from returns("r")
    s = yield from returns(None)
    t = yield from Countdown(1)
    u = yield from [6]
    return r, s, t, u


def main():
    out = []
    for x in Countdown(1):
        out.append(x)
    for y in iter([5]):
        out.append(y)
    for z in delegate():
        out.append(z)
    out.extend(Countdown(1))
    return out


run(main)
