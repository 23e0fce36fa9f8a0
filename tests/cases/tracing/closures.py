# Nested functions and closures: each inner function is its own frame.
from _tracelib import run


def adder(n):
    def add(x):
        return x + n
    return add


def counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count
    return step


def main():
    a5 = adder(5)
    s = counter()
    s()
    return a5(1), s()


run(main)
