# The bug that started it all (bpo-30744 / gh-74929): a trace function made
# writes to a closure variable disappear.
#
# Before Python 3.13, when a trace function looked at frame.f_locals, the
# frame's variables were copied into a dict and, after the trace function
# returned, copied back, cells included. Anything that changed a shared
# cell while the trace function ran - another thread, or here a generator
# the trace function steps - was overwritten with the stale copy. CPython
# 3.11 prints "x = 0 (lost 4 updates)". Here nothing is ever copied back,
# so no update is lost.

import sys


def outer():
    x = 0

    def bump():
        nonlocal x
        while True:
            x += 1
            yield

    bumper = bump()

    def watcher():
        return x  # a traced frame that closes over x

    def tracer(frame, event, arg):
        if event == "line" and frame.f_code is watcher.__code__:
            frame.f_locals  # a debugger looks at the variables...
            next(bumper)  # ...while the shared cell changes
        return tracer

    sys.settrace(tracer)
    for _ in range(4):
        watcher()
    sys.settrace(None)
    return x


x = outer()
print(f"x = {x} (lost {4 - x} updates)")
