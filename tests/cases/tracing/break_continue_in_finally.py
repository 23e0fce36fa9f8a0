# break and continue inside finally.
from _tracelib import run


def brk():
    n = 0
    for i in range(5):
        try:
            n += i
        finally:
            if i == 1:
                break
    return n


def cont():
    seen = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
            seen.append(i)
        finally:
            continue
    return seen


def main():
    return brk(), cont()


run(main)
