# Profile and trace functions together: the profiler hears first; neither
# sees the other's frames; a generator's resumption is a 'call' for both.
import sys
log = []
def prof(frame, event, arg):
    if frame.f_code.co_name in ("gen", "main"):
        log.append(("P", event, frame.f_code.co_name))
def trace(frame, event, arg):
    if frame.f_code.co_name in ("gen", "main") and event != "line":
        log.append(("T", event, frame.f_code.co_name))
    return trace
def gen():
    yield 1
def main():
    g = gen()
    next(g)
    for _ in g:
        pass
sys.setprofile(prof)
sys.settrace(trace)
main()
sys.settrace(None)
sys.setprofile(None)
for e in log:
    print(*e)
