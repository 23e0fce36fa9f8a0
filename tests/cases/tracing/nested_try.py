# Nested try statements: the inner handler does not match, the outer one does.
from _tracelib import run


def main():
    log = []
    try:
        try:
            log.append(1)
            raise KeyError("inner")
        except ValueError:
            log.append(2)
        finally:
            log.append(3)
    except KeyError:
        log.append(4)
    try:
        try:
            raise IndexError("i")
        except IndexError:
            raise TypeError("t")
    except TypeError as e:
        log.append(type(e.__context__).__name__)
    return log


run(main)
