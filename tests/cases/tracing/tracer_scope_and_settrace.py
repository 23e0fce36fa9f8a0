# settrace inside a function traces its callees, not itself; a None result
# of 'call' leaves the frame untraced; gettrace returns the tracer.
import sys
events = []
def tracer(frame, event, arg):
    events.append((event, frame.f_code.co_name))
    if frame.f_code.co_name == "quiet":
        return None
    return tracer
def quiet():
    a = 1
    return a
def loud():
    b = 2
    return b
def main():
    sys.settrace(tracer)
    print(sys.gettrace() is tracer)
    x = quiet()
    y = loud()
    sys.settrace(None)
    return x + y
main()
print(sys.gettrace())
for e in events:
    print(*e)
