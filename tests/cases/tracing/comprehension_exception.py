# An exception inside an inlined comprehension: the comprehension's cleanup
# restores the enclosing variables, which is a line event of its own.
from _tracelib import run


def main():
    x = "outer"
    try:
        [1 / x for x in [1, 0]]
    except ZeroDivisionError:
        pass
    try:
        {k: 1 / k
         for k in [2, 0]}
    except ZeroDivisionError:
        pass
    return x


run(main)
