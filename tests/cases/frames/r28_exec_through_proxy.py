# R28, R32: exec with frame.f_locals writes through; exec'd code's own frame.
import sys
def f():
    x = None
    exec('x = 0', locals=sys._getframe().f_locals)
    print(x)
def g():
    x = 1
    def inner():
        return x
    exec('x = 99', globals(), sys._getframe().f_locals)
    print(inner())
def h():
    x = 1
    exec("import sys; sys._getframe().f_locals['x'] = 5")
    print(x)
    exec("import sys; sys._getframe(1).f_locals['x'] = 6")
    print(x)
f(); g(); h()
