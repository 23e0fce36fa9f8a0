# A trace function that raises at 'call', at 'line' or at 'return': the
# exception appears in the traced code at that point, tracing is off for
# the thread and the frame's f_trace is cleared.
import sys


def make(event_to_fail, name):
    def tracer(frame, event, arg):
        if frame.f_code.co_name == name:
            print("  event", event, frame.f_lineno)
            if event == event_to_fail:
                raise RuntimeError("tracer: " + event)
        return tracer
    return tracer


def victim():
    x = 1
    y = 2
    return x + y


def caller():
    try:
        return victim()
    except RuntimeError as e:
        return "caught " + str(e) + " " + str(sys.gettrace())


for ev in ("call", "line", "return"):
    sys.settrace(make(ev, "victim"))
    print(ev, caller())
    print("gettrace", sys.gettrace())
