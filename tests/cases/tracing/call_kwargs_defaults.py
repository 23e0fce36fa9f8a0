# Calls with defaults, keywords, *args and **kwargs.
from _tracelib import run


def f(a, b=2, *rest, c=3, **kw):
    return a + b + c + len(rest) + len(kw)


def main():
    x = f(1)
    y = f(1, c=5)
    args = (1, 2, 3)
    opts = {"z": 1}
    z = f(*args, **opts)
    return x, y, z


run(main)
