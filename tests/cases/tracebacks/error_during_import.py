print('about to import a module whose body raises')
import _import_error_mod
print('not reached')
