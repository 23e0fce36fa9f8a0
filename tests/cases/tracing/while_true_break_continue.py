# while True with break and continue.
from _tracelib import run


def main():
    i = 0
    odd = []
    while True:
        i += 1
        if i % 2 == 0:
            continue
        if i > 5:
            break
        odd.append(i)
    return odd


run(main)
