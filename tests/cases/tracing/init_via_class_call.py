# Calling a class runs __init__ (and a Python __new__) as frames; __init__
# returns None.
from _tracelib import run


class A:
    def __init__(self, x):
        self.x = x


class B:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        return obj

    def __init__(self, y):
        self.y = y


def main():
    a = A(1)
    b = B(2)
    return a.x + b.y


run(main)
