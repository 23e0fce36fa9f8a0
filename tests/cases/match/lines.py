# Line numbers of errors raised while matching, and the line events a
# tracer sees for a match statement.
import sys

class Bad:
    @property
    def attr(self):
        raise ValueError("attr")

class NS:
    pass

def where_it_fails(subject, which):
    match subject:
        case 1:
            return "one"
        case [
            a,
            Bad(attr=1),
        ] if which == "class":
            return "never"
        case x if which == "guard" and (
            1 / 0
        ):
            return "never"
        case NS.missing:
            return "never"

for subject, which in [([1, Bad()], "class"), (5, "guard"), (5, "value")]:
    try:
        where_it_fails(subject, which)
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_frame.f_code is not where_it_fails.__code__:
            tb = tb.tb_next
        print(which, type(e).__name__, "at line", tb.tb_lineno - where_it_fails.__code__.co_firstlineno)

def traced(x):
    match x:
        case 0:
            r = "zero"
        case [a, b] if a > b:
            r = "desc"
        case [a, b]:
            r = "pair"
        case {"k": v}:
            r = "map"
        case _:
            r = "other"
    return r

def falls_off(x):
    match x:
        case 1:
            pass
        case [a]:
            y = 2

def tracer(frame, event, arg):
    code = frame.f_code
    if code is traced.__code__ or code is falls_off.__code__:
        events.append((event, frame.f_lineno - code.co_firstlineno))
        return tracer
    return None

for f in [traced, falls_off]:
    for v in [0, 1, [2], [2, 1], [1, 2], {"k": 1}, "s"]:
        events = []
        sys.settrace(tracer)
        f(v)
        sys.settrace(None)
        print(f.__name__, repr(v), events)
