# R45, R46, R56, R58: writes bind variables (bound or not) and other keys go to extras.
import sys
def L():
    return sys._getframe(1).f_locals
def t():
    if 0:
        y = 1
    L()['y'] = 4
    return y
print(t())
def u():
    x = 1
    p = sys._getframe().f_locals
    p['x'] = 'new'
    p[1] = 2
    p['other'] = 3
    print(x, p[1], list(p), len(p))
u()
