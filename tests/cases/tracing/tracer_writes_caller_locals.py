# A tracer writing the caller's variables through frame.f_back.f_locals,
# including a cell shared with a closure: the caller sees it on return.
import sys


def tracer(frame, event, arg):
    if frame.f_code.co_name == "callee" and event == "call":
        caller = frame.f_back
        print("caller", caller.f_code.co_name, caller.f_lineno)
        caller.f_locals["a"] = 100
        caller.f_locals["cell"] = "from tracer"
    return tracer


def callee():
    return 0


def main():
    a = 1
    cell = "orig"
    get = lambda: cell
    callee()
    return a, cell, get()


sys.settrace(tracer)
r = main()
sys.settrace(None)
print(r)
