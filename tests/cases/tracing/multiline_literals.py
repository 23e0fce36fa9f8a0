# Multi-line list, dict and tuple literals.
from _tracelib import run


def v(x):
    return x


def main():
    lst = [
        v(1),
        2,
        v(3),
    ]
    d = {
        "a": v(1),
        "b": 2,
    }
    t = (1,
         2)
    return lst, d, t


run(main)
