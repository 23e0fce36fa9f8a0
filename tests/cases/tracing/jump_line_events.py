# The events around a jump: the target line runs without a line event of
# its own (CPython 3.13), the next line gets one.
import sys
def f():
    a = 1
    b = 2
    c = 3
    return a, b, c
code = f.__code__
first = code.co_firstlineno
for src, dst in ((1, 3), (3, 1), (2, 2), (1, 2)):
    seen = []
    done = []
    def tracer(frame, event, arg):
        if frame.f_code is code:
            seen.append((event, frame.f_lineno - first))
            if event == 'line' and frame.f_lineno == first + src and not done:
                done.append(1)
                frame.f_lineno = first + dst
        return tracer
    sys.settrace(tracer)
    r = f()
    sys.settrace(None)
    print(src, dst, seen)
