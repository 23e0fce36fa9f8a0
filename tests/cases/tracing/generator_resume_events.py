# Generator resumption is a 'call' event; each yield a 'return' with the value.
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name in ("gen", "main"):
        events.append((event, frame.f_code.co_name, frame.f_lineno, arg))
    return tracer
def gen():
    yield 1
    yield 2
def main():
    g = gen()
    a = next(g)
    b = next(g)
    return a + b
sys.settrace(tracer)
main()
sys.settrace(None)
for e in events:
    print(*e)
