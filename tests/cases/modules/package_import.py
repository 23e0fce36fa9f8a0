import _pkg
print(_pkg.PKG_VALUE, _pkg.sub.SUB_VALUE, _pkg.sub_func(), _pkg.__name__, _pkg.sub.__name__)
import _pkg.sub as s
print(s is _pkg.sub, s.sub_func())
from _pkg import sub
from _pkg.sub import SUB_VALUE
print(sub is s, SUB_VALUE)
print(hasattr(_pkg, '__path__'), hasattr(_pkg.sub, '__path__'), _pkg.__package__, _pkg.sub.__package__)
