# A debugger changes variables of a frame up the stack, of a closure and of
# a suspended generator through frame.f_locals, with immediate effect.
#
# Before Python 3.13, f_locals of a function frame was a dict snapshot:
# writes to it were lost unless a trace function was running (which copied
# the dict back into the frame afterwards), and never reached a suspended
# generator or a caller's frame from a plain function call.

import sys


def set_in_caller(name, value):
    """What a debugger's 'set variable' command does to the selected frame."""
    sys._getframe(1).f_locals[name] = value


def caller():
    answer = 41
    set_in_caller("answer", 42)
    return answer


print("caller's variable:", caller())


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return bump, sys._getframe()


bump, frame = counter()
bump()
frame.f_locals["count"] = 100  # the cell shared with bump
print("closure cell after a write through the finished frame:", bump())


def numbers():
    n = 0
    while True:
        yield n
        n += 1


gen = numbers()
print("generator:", next(gen), next(gen))
gen.gi_frame.f_locals["n"] = 1000
print("after writing n through gi_frame:", next(gen))


def unbound():
    if False:
        late = None
    set_in_caller("late", "bound by the debugger")
    return late


print("binding an unbound local:", unbound())
