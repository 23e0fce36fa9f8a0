# Assigning frame.f_trace: inert without sys.settrace; with it, the
# current frame is traced from its next line; f_trace = None stops it.
import sys


def tracer(frame, event, arg):
    print(event, frame.f_code.co_name, frame.f_lineno)
    return tracer


def inert():
    sys._getframe().f_trace = tracer
    x = 1
    return x


def switch_off():
    f = sys._getframe()
    a = 1
    f.f_trace = None
    b = 2
    return a + b


def main():
    sys.settrace(None)  # no tracer yet (also under a debugger's)
    inert()
    sys.settrace(tracer)
    switch_off()
    sys.settrace(None)
    print(sys.gettrace())


main()
