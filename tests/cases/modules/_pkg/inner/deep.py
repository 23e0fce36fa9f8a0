from . import INNER
from .. import PKG_VALUE
def describe():
    return f'deep: {INNER} / {PKG_VALUE}'
