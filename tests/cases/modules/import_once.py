import sys
import _helper_mod
import _helper_mod
import _helper_mod as again
print(again is _helper_mod, sys.modules['_helper_mod'] is _helper_mod)
print(_helper_mod.bump(), again.bump())
from _helper_mod import counter
print(counter, _helper_mod.counter)
def f():
    import _helper_mod as inner
    return inner.bump()
print(f(), _helper_mod.counter)
del sys.modules['_helper_mod']
import _helper_mod as fresh
print(fresh is again, fresh.counter, again.counter)
