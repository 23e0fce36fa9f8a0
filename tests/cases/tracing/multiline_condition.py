# Conditions spanning lines, and a conditional expression across lines.
from _tracelib import run


def check(a, b, c):
    if (a > 0 and
            b > 0 and
            c > 0):
        r = "all"
    else:
        r = "not all"
    s = ("pos"
         if a > 0
         else "neg")
    return r, s


def main():
    return check(1, 2, 3), check(1, -2, 3)


run(main)
