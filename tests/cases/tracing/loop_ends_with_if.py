# Loop bodies ending in if statements or nested loops: the jump back to the
# loop header reports the header line.
from _tracelib import run


def main():
    hits = 0
    for i in range(3):
        if i % 2:
            hits += 1
    j = 0
    while j < 2:
        j += 1
        for k in range(2):
            if k:
                hits += k
    return hits


run(main)
