# Decorator application: the decorator lines are reported when a decorated
# function is defined, and the wrapper's frames when it is called.
from _tracelib import run


def deco(fn):
    def wrapper(*a):
        return fn(*a) + 1
    return wrapper


def tag(name):
    def apply(fn):
        fn.tag = name
        return fn
    return apply


def main():
    @deco
    @tag("t")
    def f(x):
        return x * 2

    @tag(
        "multi"
    )
    def g():
        return 0

    return f(1), f.__name__, g.tag


run(main)
