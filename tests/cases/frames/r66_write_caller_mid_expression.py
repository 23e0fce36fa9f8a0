# R66: rebinding a caller's variables that are in use mid-expression is safe;
# the caller reads the new binding at its next load.
import sys
def g(xs):
    caller = sys._getframe(1).f_locals
    caller['xs'] = None
    caller['ys'] = None
    return xs[1]
def f():
    xs = [1, 2, 3]
    ys = 'y'
    r = g(xs) + len(xs or [])
    return r, xs, ys
print(f())
