# R38: a FrameLocalsProxy matches mapping patterns (it has the mapping
# flag) and never sequence patterns; it is not a dict for class patterns.
import sys

def f():
    x = 1
    y = "why"
    p = sys._getframe().f_locals
    match p:
        case [*_]:
            print("sequence: unexpected")
        case {"x": v, **rest}:
            print("mapping:", v, sorted(rest), type(rest).__name__)
    match p:
        case {"y": str(s), "missing": _}:
            print("unexpected")
        case {"y": str(s)}:
            print("str value:", s)
    match p:
        case {}:
            print("{} matches the proxy")
    match p:
        case dict():
            print("unexpected: dict()")
        case object(keys=k):
            print("not a dict; keys is callable:", callable(k))
    match p:
        case (a, b, c):
            print("unexpected")
        case _:
            print("no sequence pattern matches")
    # Writing through the proxy is seen by the pattern's lookups.
    p["x"] = 41
    match sys._getframe().f_locals:
        case {"x": 41 as new}:
            print("written value:", new, x)

f()

def g():
    a = 1
    def inner():
        return a
    match sys._getframe().f_locals:
        case {"a": 1, "inner": fn}:
            print("cell variable through the proxy:", fn())

g()
