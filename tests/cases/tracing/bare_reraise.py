# A bare raise in an except clause gives no second 'exception' event in
# the same frame; the caller still gets one.
from _tracelib import run


def inner():
    try:
        raise ValueError("first")
    except ValueError:
        x = 1
        raise


def outer():
    try:
        inner()
    except ValueError as e:
        return "outer caught " + str(e)


def finally_reraise():
    try:
        raise KeyError("k")
    finally:
        y = 2


def main():
    r = outer()
    try:
        finally_reraise()
    except KeyError:
        r += "!"
    return r


run(main)
