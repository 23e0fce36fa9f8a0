import _pkg.inner
print(_pkg.inner.INNER, _pkg.inner.parent_sub.SUB_VALUE)
from _pkg.inner.deep import describe
print(describe())
import _pkg.inner.deep as d
print(d.__name__, d.__package__, d.describe is describe)
import sys
print(sorted(k for k in sys.modules if k.startswith('_pkg')))
