m = __import__('math')
print(m.__name__, m.sqrt(16), type(m).__name__)
s = __import__('sys')
print(s is __import__('sys'), 'math' in s.modules)
t = __import__('time', globals(), None, ['time'], 0)
print(t.__name__)
try:
    __import__('no_such_module_xyz')
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    __import__(5)
except TypeError as e:
    print(type(e).__name__, e)
import math as m2
print(m2 is m)
