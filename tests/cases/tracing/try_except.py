# try/except: the exception event where raised, then the handler lines.
from _tracelib import run


def main():
    out = []
    try:
        out.append(1)
        {}["k"]
        out.append(2)
    except KeyError as e:
        out.append(str(e))
    try:
        out.append(3)
    except KeyError:
        out.append(4)
    try:
        1 / 0
    except (TypeError, ZeroDivisionError):
        out.append(5)
    return out


run(main)
