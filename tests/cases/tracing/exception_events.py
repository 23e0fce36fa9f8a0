# 'exception' where raised and in each frame it passes through, then
# 'return' with None for frames it leaves.
import sys
events = []
def tracer(frame, event, arg):
    if event == "exception":
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer
def inner():
    raise KeyError("k")
def middle():
    inner()
def outer():
    try:
        middle()
    except KeyError:
        return "caught"
sys.settrace(tracer)
r = outer()
sys.settrace(None)
for e in events:
    print(*e)
print(r)
