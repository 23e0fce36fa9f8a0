# inspect.getsource / getsourcelines / findsource for functions, methods,
# classes, lambdas, frames and tracebacks: the block ends where the
# indentation does; decorators are included.
import inspect


def deco(x):
    return x


@deco
def a(x):
    # leading comment
    y = x

    return y
    # trailing comment at body level
# column-0 comment
z = 1


def b(): return 1


def c(x,
      y):
    s = """
not indented
"""
    return s

    # after a blank line


@deco
class A:
    class B:
        def m(self):
            return (1 +
  2)
    x = 1


f = (lambda a:
     a + 1)
items = [1,
         (lambda: 2)]


def d():
    pass
        # deeper comment
  # shallower comment
    # body comment
w = 2

if True:
    def e():
        return 1
    v = 3


def t():
	if True:
		return 1  # tabs


def s():
    x = 'continued \
string'
    return x  # ) ( [


def q(): return (1,
  2)


def gen():
    yield 1


for obj in [a, b, c, A, A.B, A.B.m, f, items[1], d, e, t, s, q]:
    lines, n = inspect.getsourcelines(obj)
    print(n, lines)
print(inspect.getsource(A.B().m), end='')
g = gen()
print(inspect.getsource(g.gi_frame), end='')
lines, n = inspect.getsourcelines(inspect.currentframe())
print(n, lines[0], len(lines) == len(inspect.findsource(a)[0]))
print(inspect.findsource(A)[1], inspect.findsource(a.__code__)[1])
try:
    1 / 0
except ZeroDivisionError as exc:
    print(inspect.getsourcelines(exc.__traceback__)[1])

ns = {}
exec('def h():\n    return 1\n', ns)
for bad in [ns['h'], len, 1]:
    try:
        inspect.getsource(bad)
    except (OSError, TypeError) as exc:
        print(type(exc).__name__, exc)


def wrapped():
    return 'w'


def wrapper():
    pass


wrapper.__wrapped__ = wrapped
print(inspect.getsource(wrapper), end='')
print(inspect.unwrap(wrapper) is wrapped, inspect.unwrap(wrapped) is wrapped)
print(inspect.indentsize('\t  x'), inspect.indentsize('    y'))
