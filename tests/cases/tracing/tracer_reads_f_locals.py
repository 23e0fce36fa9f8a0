# A tracer that reads every frame's f_locals changes nothing (PEP 667), and
# one that writes f_locals at a line event changes the variable at once.
import sys
def reader(frame, event, arg):
    dict(frame.f_locals)
    return reader
def wacky(x, y):
    args = locals()
    return list(args.keys())
def closure_counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for _ in range(1000):
        bump()
    return count
print(wacky(1, 2), closure_counter())
sys.settrace(reader)
print(wacky(1, 2), closure_counter())
sys.settrace(None)
def writer(frame, event, arg):
    if event == "line" and frame.f_code.co_name == "target" and frame.f_lineno == 3 + target.__code__.co_firstlineno - 1:
        frame.f_locals["x"] = "T"
    return writer
def target():
    x = "original"
    y = x
    return y
sys.settrace(writer)
print(target())
sys.settrace(None)
