try:
    import no_such_module_abc
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
import sys
try:
    from _pkg import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], '<dir>'))
try:
    import _bad_import_mod
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
import sys
print('_bad_import_mod' in sys.modules)
try:
    import _raises_on_import
except ValueError as e:
    print(type(e).__name__, e, '_raises_on_import' in sys.modules)
try:
    import _helper_mod.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
