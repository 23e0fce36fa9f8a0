# R7: f_locals cannot be assigned.
import sys
def f():
    try:
        sys._getframe().f_locals = {}
    except AttributeError as e:
        print("AttributeError:", e)
f()
