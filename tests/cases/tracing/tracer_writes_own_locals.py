# A tracer writing the traced frame's variables through f_locals: the
# frame sees the new value at its very next instruction.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name == "target":
        print(event, frame.f_lineno, dict(frame.f_locals))
        if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
            frame.f_locals["x"] = "T"
            frame.f_locals["new"] = 5
    return tracer


def target():
    x = 1
    y = x
    return y, sorted(locals())


sys.settrace(tracer)
r = target()
sys.settrace(None)
print(r)
