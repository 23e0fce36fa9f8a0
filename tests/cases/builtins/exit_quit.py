import sys
try:
    exit()
except SystemExit as e:
    print('exit()', repr(e.code))
try:
    exit('bye')
except SystemExit as e:
    print('exit(str)', repr(e.code))
try:
    quit(2)
except SystemExit as e:
    print('quit(2)', repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print('sys.exit()', repr(e.code))
print(repr(exit), repr(quit))
exit(5)
