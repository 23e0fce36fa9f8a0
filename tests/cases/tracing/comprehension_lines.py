# Comprehensions written across lines: the iterable's line, the condition's
# line, then the comprehension's own line for the test's jump.
from _tracelib import run


def main(words):
    lengths = {
        w: len(w)
        for w in words
        if w
    }
    pairs = [
        (a, b)
        for a in range(2)
        if a
        for b in words
    ]
    total = sum(
        n
        for n in lengths.values()
    )
    return lengths, pairs, total


run(main, ["ab", "", "c"])
