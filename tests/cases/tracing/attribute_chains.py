# Attribute loads and method calls whose expression spans lines: each
# attribute is reported at its own line, as the call chain runs.
from _tracelib import run


class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt

    def get(self):
        return self.nxt

    @property
    def value(self):
        return 42


def main():
    n = Node(Node(Node()))
    v = (n
         .nxt
         .nxt
         .value)
    w = (n.get()
         .get()
         .value)
    return v + w


run(main)
