# Method calls chained across lines.
from _tracelib import run


class Builder:
    def __init__(self):
        self.parts = []

    def add(self, p):
        self.parts.append(p)
        return self

    def build(self):
        return "-".join(self.parts)


def main():
    s = (Builder()
         .add("a")
         .add("b")
         .build())
    t = "  x  ".strip().upper()
    return s, t


run(main)
