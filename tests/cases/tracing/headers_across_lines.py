# Headers written across lines: a for loop's target and iterable, a
# decorated class (its body starts at the decorator's line), and a class
# body that ends in an if.
from _tracelib import run


def register(cls):
    return cls


def main(items):
    total = 0
    for (k,
         v) in items:
        total += v

    @register
    class Decorated:
        x = 1

    class EndsInIf:
        flag = total > 100
        if flag:
            big = True
    return total, Decorated.x, hasattr(EndsInIf, "big")


run(main, [("a", 1), ("b", 2)])
