# A trace function that calls sys.settrace(None) during a `line` event:
# CPython 3.13 stops all events at once, in the traced frame too (no more
# `line` events there, no `return` event), whatever kind of callable the
# trace function is.
import sys

def run(label, make_tracer):
    events = []
    tracer = make_tracer(events)
    def f():
        a = 1
        b = 2
        c = a + b
        g()
        return c
    def g():
        x = 1
        return x
    sys.settrace(tracer)
    f()
    sys.settrace(None)
    print(label, events)

def plain(events):
    def tracer(frame, event, arg):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
        if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
            sys.settrace(None)
        return tracer
    return tracer

def with_default(events):
    # Not a plain three-parameter function: called the general way.
    def tracer(frame, event, arg, extra=None):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
        if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
            sys.settrace(None)
        return tracer
    return tracer

def callable_object(events):
    class Tracer:
        def __call__(self, frame, event, arg):
            events.append((event, frame.f_code.co_name, frame.f_lineno))
            if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
                sys.settrace(None)
            return self
    return Tracer()

def bound_method(events):
    class Tracer:
        def trace(self, frame, event, arg):
            events.append((event, frame.f_code.co_name, frame.f_lineno))
            if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
                sys.settrace(None)
            return self.trace
    return Tracer().trace

def local_only(events):
    # The global tracer is removed but the frame keeps its local tracer.
    def local(frame, event, arg):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
        return local
    def tracer(frame, event, arg):
        events.append((event, frame.f_code.co_name, frame.f_lineno))
        sys.settrace(None)
        return local
    return tracer

for label, make in [("plain", plain), ("with_default", with_default),
                    ("callable_object", callable_object),
                    ("bound_method", bound_method), ("local_only", local_only)]:
    run(label, make)
print("gettrace", sys.gettrace())
