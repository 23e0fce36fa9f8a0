# assert: passing, and failing with a message.
from _tracelib import run


def main():
    x = 1
    assert x == 1
    assert x > 0, "positive"
    try:
        assert x < 0, "x=%d" % x
    except AssertionError as e:
        return str(e)


run(main)
