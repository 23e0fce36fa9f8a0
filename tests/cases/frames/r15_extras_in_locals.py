# R15, R59: extras written through the proxy show in locals()/vars()/eval, never as variables.
import sys
def f():
    sys._getframe().f_locals['zz'] = 5
    print(locals()['zz'], vars()['zz'], eval('zz'), 'zz' in dir())
    try:
        zz
    except NameError as e:
        print("NameError:", e)
f()
