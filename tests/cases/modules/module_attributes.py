import _helper_mod
import sys
print(_helper_mod.__name__, _helper_mod.__file__.endswith('_helper_mod.py'), _helper_mod.__spec__.name)
_helper_mod.added_later = 'set from outside'
import _helper_mod as again
print(again.added_later)
print(sys.modules[__name__].__name__, __file__.endswith('module_attributes.py'), type(__builtins__).__name__ in ('module', 'dict'))
print(repr(sys)[:20])
try:
    _helper_mod.nope
except AttributeError as e:
    print(type(e).__name__, e)
m = type(sys)('synthetic')
m.x = 5
print(m.__name__, m.x, type(m).__name__)
