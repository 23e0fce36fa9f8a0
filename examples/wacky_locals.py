# Ned Batchelder's "Tricky locals()": wacky() should see only x and y.
#
# Before Python 3.13, under any trace function (a debugger, coverage.py),
# locals() returned the frame's shared dict, which the tracer refreshed after
# every line, so args.keys() also showed 'args'. Here locals() is a fresh
# snapshot in every case. (The same program under a trace function is
# examples/wacky_under_tracer.py, which needs sys.settrace.)


def wacky(x, y):
    args = locals()
    return list(args.keys())


print(wacky(1, 2))
print(wacky(1, 2) == ["x", "y"])
