"""Run a Python program under a trace function, as a debugger or a
coverage tool would, to check that tracing never changes what it computes.

Usage: <python> under_tracer.py MODE PROGRAM.py [ARGS...]

PROGRAM is an absolute path.  MODE is `noop` (a trace function that only asks to keep tracing every
frame) or `reader` (one that, at every event, reads `f_locals` of the
traced frame and of every frame above it).  The program runs as
`__main__`, with `sys.argv` as if it had been started directly.
"""

import sys


def noop(frame, event, arg):
    return noop


def reader(frame, event, arg):
    f = frame
    while f is not None:
        dict(f.f_locals)
        f = f.f_back
    return reader


def main():
    mode, path = sys.argv[1], sys.argv[2]
    tracer = {"noop": noop, "reader": reader}[mode]
    # PROGRAM is an absolute path: `__file__` of a script run directly is
    # absolute, its `sys.argv[0]` is as typed (here: the file name, run
    # from the program's directory), and imports resolve next to it.
    directory, _, name = path.rpartition("/")
    sys.argv = [name] + sys.argv[3:]
    sys.path[0] = directory
    with open(path, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, path, "exec")
    module = type(sys)("__main__")
    module.__file__ = path
    module.__builtins__ = __builtins__
    sys.modules["__main__"] = module
    sys.settrace(tracer)
    exec(code, module.__dict__)


main()
