# A for loop over a generator: each resumption is a 'call' event at the
# yield line, each yield a 'return' with the value.
from _tracelib import run


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def main():
    out = []
    for v in count(2):
        out.append(v)
    return out


run(main)
