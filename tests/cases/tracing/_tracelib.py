"""Shared trace and profile functions for the tracing cases: each prints
every event it receives for frames outside this module, one per line, as
`event co_name f_lineno arg` (arg shown without object addresses)."""

import sys

_HERE = globals()


def show(v):
    """A repr without object addresses."""
    r = repr(v)
    if " at 0x" in r or " object at " in r:
        return "<" + type(v).__name__ + ">"
    return r


def describe(event, arg):
    if event == "exception":
        return arg[0].__name__ + " " + repr(str(arg[1]))
    if event == "return":
        return show(arg)
    if event.startswith("c_"):
        return getattr(arg, "__qualname__", "?")
    return ""


def tracer(frame, event, arg):
    if frame.f_globals is _HERE:
        return None
    print(event, frame.f_code.co_name, frame.f_lineno, describe(event, arg))
    return tracer


def profiler(frame, event, arg):
    if frame.f_globals is _HERE:
        return
    print("P", event, frame.f_code.co_name, frame.f_lineno, describe(event, arg))


def run(fn, *args, profile=False, trace=True):
    """Calls fn(*args) with the tracer (and/or the profiler) installed and
    prints its result or the exception that left it."""
    if profile:
        sys.setprofile(profiler)
    if trace:
        sys.settrace(tracer)
    try:
        r = fn(*args)
    except BaseException as e:
        sys.settrace(None)
        sys.setprofile(None)
        print("raised", type(e).__name__, e)
        return None
    sys.settrace(None)
    sys.setprofile(None)
    print("result", show(r))
    return r
