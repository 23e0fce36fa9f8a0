# Ned Batchelder's "Tricky locals()" under a trace function.
#
# Before Python 3.13, locals() in a function returned the frame's one shared
# dict, and a trace function refreshed that dict after every line: so under
# any tracer (coverage.py, a debugger) args.keys() also showed 'args'.
# CPython 3.11 prints ['x', 'y'], then ['x', 'y', 'args', 'z'], then
# ['x', 'y'].
# Here locals() is a fresh snapshot, with or without a tracer.

import sys


def trace(frame, event, arg):
    frame.f_locals  # what coverage.py and debuggers do
    return trace


def wacky(x, y):
    args = locals()
    z = 1  # a later line: the old tracer machinery refreshed args here
    return list(args.keys())


print(wacky(1, 2))
sys.settrace(trace)
print(wacky(1, 2))
sys.settrace(None)
print(wacky(1, 2))
