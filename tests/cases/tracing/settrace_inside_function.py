# sys.settrace inside a function does not trace the rest of that function
# unless its frame's f_trace is set too; its callees are traced.
import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def callee():
    v = 1
    return v


def untraced_self():
    sys.settrace(tracer)
    a = 1
    b = callee()
    sys.settrace(None)
    return a + b


def traced_self():
    sys.settrace(tracer)
    sys._getframe().f_trace = tracer
    a = 2
    b = callee()
    sys.settrace(None)
    return a + b


print(untraced_self())
print(traced_self())
