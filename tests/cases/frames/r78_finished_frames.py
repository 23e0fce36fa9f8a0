# R78, R79, R80: finished frames keep their variables; clear().
import sys
def f():
    a = 1
    b = [2]
    return sys._getframe()
fr = f()
print(dict(fr.f_locals), fr.f_lineno, fr.f_back is sys._getframe(), fr.f_code.co_name)
p = fr.f_locals
p['a'] = 10
p['extra'] = 'e'
print(dict(fr.f_locals))
fr.clear()
print(fr.f_locals == {}, p == {}, dict(p))
def running():
    try:
        sys._getframe().clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
running()
def gen():
    yield 1
    yield 2
g = gen()
next(g)
try:
    g.gi_frame.clear()
except RuntimeError as e:
    print("RuntimeError:", e)
g2 = gen()
g2.gi_frame.clear()
try:
    next(g2)
except StopIteration:
    print("StopIteration")
try:
    raise ValueError("x")
except ValueError as e:
    tb = e.__traceback__
print(tb.tb_frame is sys._getframe(), tb.tb_lineno)
