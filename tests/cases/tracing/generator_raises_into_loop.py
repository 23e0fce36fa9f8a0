# An exception raised inside a generator propagates into the for loop that
# consumes it: 'exception' in the generator, 'return' None, 'exception' in
# the consumer.
from _tracelib import run


def gen():
    yield 1
    raise ValueError("from gen")


def main():
    got = []
    try:
        for v in gen():
            got.append(v)
    except ValueError as e:
        got.append(str(e))
    return got


run(main)
