import sys
print(sys.argv, type(sys.argv).__name__)
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 0), type(sys.version).__name__)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize > 2 ** 31)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.modules).__name__, 'sys' in sys.modules, sys.modules['sys'] is sys, '__main__' in sys.modules)
n = sys.stdout.write('written via sys.stdout\n')
print(n, sys.stdout.write(''), sys.stdout.write('é\n'))
print(sys.byteorder in ('little', 'big'), sys.platform == sys.platform, type(sys.executable).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
sys.stdout.flush()
sys.stderr.write('')
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exception())
