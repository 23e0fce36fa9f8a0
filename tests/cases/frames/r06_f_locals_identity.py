# R6: which object frame.f_locals is.
import sys
print(sys._getframe().f_locals is globals())
def f():
    fr = sys._getframe()
    print(fr.f_locals is fr.f_locals, fr.f_locals == fr.f_locals, type(fr.f_locals).__name__)
f()
class C:
    print(sys._getframe().f_locals is locals(), "__module__" in sys._getframe().f_locals)
ns = {}
exec("import sys; r = sys._getframe().f_locals is L", {"L": ns}, ns)
print(ns["r"])
