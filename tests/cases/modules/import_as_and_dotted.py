import _pkg.sub as alias
import _pkg
print(alias.__name__, alias is _pkg.sub)
import _pkg.inner.deep
print(_pkg.inner.deep.describe())
from _pkg.inner import deep as dd, INNER
print(dd is _pkg.inner.deep, INNER)
import math as m, sys as s
print(m.floor(1.5), s.modules['math'] is m)
def lazy():
    from _helper_mod import greet
    return greet('lazy')
print(lazy())
