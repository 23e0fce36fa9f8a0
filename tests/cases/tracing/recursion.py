# Recursive calls: call/line/return per level, returns innermost first.
from _tracelib import run


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    return fact(3), fib(3)


run(main)
