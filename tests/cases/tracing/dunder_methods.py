# Special methods written in Python and called by operators and builtins.
from _tracelib import run


class V:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return V(self.n + o.n)

    def __eq__(self, o):
        return self.n == o.n

    def __len__(self):
        return self.n

    def __iter__(self):
        return iter(range(self.n))

    def __repr__(self):
        return "V(%d)" % self.n


def main():
    a = V(1) + V(2)
    same = a == V(3)
    return repr(a), same, len(a), list(a)


run(main)
