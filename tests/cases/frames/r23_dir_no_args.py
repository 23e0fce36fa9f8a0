# R23: dir() sorts the keys of locals().
import sys
def f():
    b = 1
    a = 2
    print(dir())
    sys._getframe().f_locals[1] = 2
    try:
        dir()
    except TypeError as e:
        print("TypeError:", e)
f()
print(dir() == sorted(globals()))
