# A tracer that raises: the exception reaches the traced code and tracing stops.
import sys
def bad(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "victim":
        raise RuntimeError("tracer failed")
    return bad
def victim():
    x = 1
    return x
sys.settrace(bad)
try:
    victim()
except RuntimeError as e:
    print("caught:", e)
print(sys.gettrace())
