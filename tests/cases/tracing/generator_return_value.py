# A generator that returns a value, consumed by a for loop: the consuming
# frame gets an 'exception' event with StopIteration when the value is not
# None, and none when it is None.
from _tracelib import run


def with_value():
    yield 1
    return "value"


def without_value():
    yield 2
    return None


def main():
    out = []
    for x in with_value():
        out.append(x)
    for y in without_value():
        out.append(y)
    out.append(list(with_value()))
    return out


run(main)
