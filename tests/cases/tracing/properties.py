# Property getters and setters are frames like any function.
from _tracelib import run


class Temp:
    def __init__(self):
        self._c = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v


def main():
    t = Temp()
    t.c = 5
    return t.c + 1


run(main)
