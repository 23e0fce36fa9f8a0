# An exception raised inside an except clause is a new 'exception' event;
# an exception caught in a caller's finally, too.
from _tracelib import run


def handler_fails():
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b")


def main():
    try:
        handler_fails()
    except ValueError as e:
        ctx = type(e.__context__).__name__
    try:
        try:
            handler_fails()
        finally:
            x = 1
    except ValueError:
        pass
    return ctx


run(main)
