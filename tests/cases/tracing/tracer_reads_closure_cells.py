# The seed bug (bpo-30744): a tracer that only reads f_locals must never
# undo writes to closure cells made by inner functions, or by another frame.
import sys


def tracer(frame, event, arg):
    dict(frame.f_locals)
    if frame.f_back is not None:
        dict(frame.f_back.f_locals)
    return tracer


def outer():
    count = 0

    def bump():
        nonlocal count
        count += 1

    for _ in range(3):
        bump()
        print("count", count)
    return count


def gen_side():
    total = 0

    def add(v):
        nonlocal total
        total += v

    def g():
        for i in range(3):
            add(i)
            yield total
    return list(g()), total


sys.settrace(tracer)
print(outer())
print(gen_side())
sys.settrace(None)
