# R57, R58: writes to cell and free variables go into the shared cell.
import sys
def outer():
    x = 1
    def inner():
        d = sys._getframe().f_locals
        d['x'] = 2
    inner()
    return x
print(outer())
def make():
    x = 1
    def g():
        return x
    return g, sys._getframe()
g, fr = make()
fr.f_locals['x'] = 2
print(g())
def late():
    p = sys._getframe().f_locals
    p['c'] = 'filled'
    f = lambda: c
    return f()
    c = 0
print(late())
