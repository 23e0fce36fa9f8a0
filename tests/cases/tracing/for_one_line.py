# One-line loops: the backward jump gives a 'line' event even though it
# lands on the line that just ran.
from _tracelib import run


def main():
    for i in range(3): pass
    n = 0
    for j in range(2): n += j
    while n < 4: n += 1
    return n


run(main)
