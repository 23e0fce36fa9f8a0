# try/except/else/finally in its combinations.
from _tracelib import run


def full(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise OSError("bad")
    except OSError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log


def except_finally(fail):
    try:
        if fail:
            raise TypeError("t")
    except TypeError:
        r = "caught"
    finally:
        r = "done"
    return r


def main():
    return full(True), full(False), except_finally(True), except_finally(False)


run(main)
