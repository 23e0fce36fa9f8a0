from .. import sub as parent_sub
from ..sub import SUB_VALUE
INNER = 'inner sees ' + SUB_VALUE
