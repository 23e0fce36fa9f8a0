# Trace functions of several shapes called for `line` events: with free
# variables, keeping their own frame, switching on opcode events, raising
# into a `try` of the traced frame or into a generator, and tracing at the
# recursion limit.
import sys

def show(label, events):
    print(label, events)

# A trace function with free variables (its frame has cells).
def closure_tracer():
    seen = []
    count = 0
    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        seen.append((event, frame.f_lineno - frame.f_code.co_firstlineno))
        return tracer
    def work():
        a = 1
        b = a + 1
        return b
    sys.settrace(tracer)
    work()
    sys.settrace(None)
    show("closure", (count, seen))
closure_tracer()

# A trace function that keeps its own frame: the frame outlives the call.
def keeps_frame():
    kept = []
    def tracer(frame, event, arg):
        if event == "line":
            me = sys._getframe()
            kept.append((me.f_code.co_name, me.f_back.f_code.co_name, me.f_lineno))
        return tracer
    def work():
        x = 1
        y = x * 2
        return y
    sys.settrace(tracer)
    work()
    sys.settrace(None)
    show("kept", kept)
    show("kept frames alive", len(kept))
keeps_frame()

# A `line` event that switches opcode events on: the same instruction
# then gives an `opcode` event.
def opcodes_from_line():
    events = []
    def tracer(frame, event, arg):
        if frame.f_code.co_name == "work":
            events.append(event)
            if event == "line":
                frame.f_trace_opcodes = True
        return tracer
    def work():
        a = 1
        return a
    sys.settrace(tracer)
    work()
    sys.settrace(None)
    show("opcodes", events[:6])
opcodes_from_line()

# A trace function that raises inside a `try` of the traced frame: the
# traced frame's handler catches it, and tracing is off afterwards.
def raises_into_try():
    def tracer(frame, event, arg):
        if event == "line" and frame.f_lineno == frame.f_code.co_firstlineno + 3:
            raise KeyError("from tracer")
        return tracer
    def work():
        try:
            a = 1
            b = 2
            c = 3
        except KeyError as e:
            tb = e.__traceback__
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name,
                              tb.tb_lineno - tb.tb_frame.f_code.co_firstlineno))
                tb = tb.tb_next
            return "caught", e.args, lines, sys.gettrace()
        return "not caught"
    sys.settrace(tracer)
    r = work()
    sys.settrace(None)
    show("raises into try", r)
raises_into_try()

# A trace function that raises in a generator's frame.
def raises_into_generator():
    def tracer(frame, event, arg):
        if event == "line" and frame.f_code.co_name == "gen" and frame.f_lineno == frame.f_code.co_firstlineno + 2:
            raise ValueError("in generator")
        return tracer
    def gen():
        yield 1
        yield 2
        yield 3
    g = gen()
    sys.settrace(tracer)
    out = []
    try:
        for v in g:
            out.append(v)
    except ValueError as e:
        out.append(("error", str(e)))
    sys.settrace(None)
    out.append(next(g, "exhausted"))
    show("raises into generator", out)
raises_into_generator()

# Tracing at the recursion limit.
def at_recursion_limit():
    calls = 0
    def tracer(frame, event, arg):
        nonlocal calls
        calls += 1
        return tracer
    def down(n):
        return down(n + 1)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(200)
    sys.settrace(tracer)
    try:
        down(0)
    except RecursionError as e:
        result = ("RecursionError", sys.gettrace() is None)
    sys.settrace(None)
    sys.setrecursionlimit(old)
    show("recursion", (result, calls > 100))
at_recursion_limit()

# Two trace functions that hand over to each other at every event, and
# one that rebinds its own parameters.
def alternating():
    events = []
    def first(frame, event, arg):
        events.append(("first", event))
        frame = event = arg = None
        return second
    def second(frame, event, arg):
        events.append(("second", event))
        return first
    def work():
        a = 1
        b = 2
        return a + b
    sys.settrace(first)
    work()
    sys.settrace(None)
    show("alternating", events)
alternating()

# The same code with other globals (one compiled module run in two
# namespaces): each trace function sees its own globals.
def same_code_other_globals():
    src = "def tracer(frame, event, arg):\n    seen.append((label, event))\n    return other\n"
    code = compile(src, "<tracers>", "exec")
    seen = []
    g1 = {"seen": seen, "label": "g1"}
    g2 = {"seen": seen, "label": "g2"}
    exec(code, g1)
    exec(code, g2)
    g1["other"] = g2["tracer"]
    g2["other"] = g1["tracer"]
    print("same code object:", g1["tracer"].__code__ is g2["tracer"].__code__)
    def work():
        a = 1
        b = 2
        return a + b
    sys.settrace(g1["tracer"])
    work()
    sys.settrace(None)
    show("same code", seen)
same_code_other_globals()
