# The 'call' result becomes the frame's local tracer; a local tracer that
# returns None keeps itself; one that returns another function hands over.
import sys


def second(frame, event, arg):
    print("  second", event, frame.f_code.co_name, frame.f_lineno)
    return second


def first(frame, event, arg):
    print("  first", event, frame.f_code.co_name, frame.f_lineno)
    if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
        return second
    return None


def keeps(frame, event, arg):
    print("  keeps", event, frame.f_code.co_name, frame.f_lineno)
    return None


def glob(frame, event, arg):
    print("glob", event, frame.f_code.co_name, frame.f_lineno)
    if frame.f_code.co_name == "handover":
        return first
    if frame.f_code.co_name == "silent":
        return None
    return keeps


def handover():
    a = 1
    b = 2
    c = 3
    return a + b + c


def silent():
    x = 1
    return x


def plain():
    y = 2
    return y


sys.settrace(glob)
handover()
silent()
plain()
sys.settrace(None)
