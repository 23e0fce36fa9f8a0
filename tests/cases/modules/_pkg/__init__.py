print('  [_pkg/__init__ running, __name__ =', __name__ + ']')
from . import sub
from .sub import sub_func
PKG_VALUE = 'pkg value'
