# R2: keys come in the variable table's order: parameters, locals in first-use
# order, cells alphabetically, free variables alphabetically.
import sys
def outer():
    zfree = afree = 0
    def f(arg2, arg1, *va, kw1, **kws):
        zeta = 1
        alpha = 2
        ycell = bcell = 3
        def inner():
            return ycell, bcell
        zfree, afree
        return list(sys._getframe().f_locals), list(locals())
    return f(1, 2, kw1=3)
print(outer())
