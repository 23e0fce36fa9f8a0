"""Abstract base classes for containers.

`import collections` puts the `_collections_abc` module itself in
`sys.modules` under this name (as CPython does), so this file runs only if
that entry was removed; it then re-exports the same classes.
"""

from _collections_abc import *  # noqa: F401,F403
from _collections_abc import __all__  # noqa: F401
