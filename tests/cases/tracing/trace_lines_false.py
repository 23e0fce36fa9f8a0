# f_trace_lines = False: only call, return and exception events arrive.
import sys


def tracer(frame, event, arg):
    if event == "call":
        frame.f_trace_lines = False
    extra = arg[0].__name__ if event == "exception" else arg
    print(event, frame.f_code.co_name, frame.f_lineno, extra)
    return tracer


def f(n):
    s = 0
    for i in range(n):
        s += i
    try:
        raise ValueError
    except ValueError:
        pass
    return s


def main():
    a = f(2)
    b = f(3)
    return a + b


sys.settrace(tracer)
r = main()
sys.settrace(None)
print(r)
