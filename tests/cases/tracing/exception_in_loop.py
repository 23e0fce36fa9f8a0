# try/except inside a loop, with continue from the handler.
from _tracelib import run


def main():
    out = []
    for s in ["1", "x", "3"]:
        try:
            n = int(s)
        except ValueError:
            continue
        out.append(n)
    return out


run(main)
