# R33: del through a proxy inside exec becomes NameError.
import sys
def f():
    x = 1
    p = sys._getframe().f_locals
    try:
        exec("del x", globals(), p)
    except NameError as e:
        print("NameError:", e)
    p['extra'] = 1
    exec("del extra", globals(), p)
    print('extra' in p, x)
f()
