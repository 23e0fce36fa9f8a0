# inspect.getmodule / getfile / getsourcefile, for objects of this file and
# of an imported helper module.
import inspect
import math
import sys

import _inspect_helper as helper


def f():
    pass


class C:
    def m(self):
        pass


try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__


def name_of(module):
    return module.__name__ if module is not None else None


objs = [sys, math, C, f, C().m, f.__code__, sys._getframe(), tb, len, int,
        helper, helper.func, helper.Klass, helper.Klass.method, helper.func.__code__,
        inspect.stack, inspect]
for o in objs:
    print(type(o).__name__, name_of(inspect.getmodule(o)))

for o in [C, f, C().m, f.__code__, sys._getframe(), tb]:
    print(inspect.getfile(o) == __file__, inspect.getsourcefile(o) == __file__)
for o in [helper, helper.func, helper.Klass, helper.Klass.method]:
    print(inspect.getfile(o) == helper.__file__, inspect.getsourcefile(o) == helper.__file__)
for o in [sys, math, int, len, 1, None]:
    try:
        inspect.getfile(o)
    except TypeError as exc:
        print('TypeError', exc)
print(inspect.getsource(helper.func), end='')
print(inspect.getsourcelines(helper.Klass)[1], inspect.getsourcelines(helper)[1])

ns = {'__name__': 'generated'}
exec('def made():\n    pass\n', ns)
print(inspect.getsourcefile(ns['made']), inspect.getfile(ns['made']))
print(name_of(inspect.getmodule(ns['made'])))
print(name_of(inspect.getmodule(ns['made'].__code__)))
