from _helper_mod import greet, CONSTANT as C, Thing
print(greet('from'), C, Thing())
from _helper_mod import *
print(CONSTANT, counter)
try:
    _private
except NameError as e:
    print(type(e).__name__, e)
import sys
try:
    from _helper_mod import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], '<dir>'))
