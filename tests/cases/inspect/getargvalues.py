# inspect.getargvalues / getargs / formatargvalues; locals is the frame's
# FrameLocalsProxy (PEP 667), so writes through it reach the variables.
import inspect
import sys


def f(a, b=2, *args, c, d=4, **kw):
    local = a + b
    return inspect.getargvalues(inspect.currentframe())


info = f(1, 3, 5, 6, c=7, e=8)
print(type(info).__name__, info._fields)
print(info.args, info.varargs, info.keywords)
print(type(info.locals).__name__)
print(sorted(dict(info.locals).items()))
print(inspect.formatargvalues(*info))
args, varargs, keywords, loc = info
print(args == info[0], varargs, keywords)


def g(x, y):
    def inner():
        return x
    return inspect.getargvalues(sys._getframe())


r = g(10, 20)
print(r.args, r.varargs, r.keywords, sorted(dict(r.locals)))


def h(*, only):
    return inspect.getargvalues(sys._getframe())


print(h(only=1).args)


def setter(v):
    info = inspect.getargvalues(sys._getframe())
    info.locals['v'] = v * 2
    return v


print(setter(21))


def mod_level():
    return inspect.getargvalues(sys._getframe(1))


m = mod_level()
print(m.args, m.varargs, m.keywords, 'mod_level' in m.locals)
print(repr(inspect.getargvalues(sys._getframe(0)))[:30])
print(inspect.getargs(f.__code__))
print(inspect.formatargvalues(['a'], None, None, {'a': 'x'}))


class C:
    def method(self, n, *more):
        return inspect.getargvalues(inspect.currentframe())


ci = C().method(1, 2, 3)
print(ci.args, ci.varargs, ci.keywords, type(ci.locals['self']).__name__)
