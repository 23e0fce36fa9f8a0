# inspect and linecache are library modules written in Python: they import
# like any module, keep their identity, show their own source, and an error
# raised inside them is an ordinary traceback.
import sys
import inspect
import linecache
from inspect import stack, getsource
import inspect as again

print(inspect.__name__, linecache.__name__, again is inspect, stack is inspect.stack)
print(sys.modules['inspect'] is inspect, sys.modules['linecache'] is linecache)
print(inspect.linecache is linecache)
print(getsource(inspect.getsource).splitlines()[0])
print(inspect.getsourcefile(inspect.stack) is not None)
print(inspect.getmodule(linecache.getline) is linecache)
print(inspect.getfile(inspect) == inspect.__file__)
print(inspect.getsourcelines(inspect)[1], len(inspect.getsourcelines(inspect)[0]) > 10)
print(linecache.getlines(inspect.__file__)[0] == inspect.getsourcelines(inspect)[0][0])
frames = inspect.stack()
print(frames[0].function, frames[0].code_context)


def caller():
    return inspect.getframeinfo(inspect.currentframe()).function


print(caller())
inspect.getframeinfo(42)
