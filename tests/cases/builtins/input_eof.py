try:
    line = input()
except EOFError as e:
    print(type(e).__name__, repr(str(e)), e.args)
try:
    line = input('prompt> ')
except EOFError as e:
    print()
    print(type(e).__name__, e)
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
