"""A helper module for getmodule_getfile.py."""


def func(x):
    return x * 2


class Klass:
    def method(self):
        return 'm'
