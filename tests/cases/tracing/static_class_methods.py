# staticmethod and classmethod calls, and a method called through the class.
from _tracelib import run


class K:
    n = 3

    @staticmethod
    def s(x):
        return x + 1

    @classmethod
    def c(cls):
        return cls.n

    def m(self):
        return "m"


def main():
    k = K()
    return K.s(1), k.c(), K.m(k)


run(main)
