# inspect.currentframe, stack, getouterframes, getframeinfo, trace,
# getinnerframes: FrameInfo / Traceback records, their fields and reprs.
import inspect
import sys


def clean(text):
    return text.replace(__file__, 'FILE')


def f(a, *rest):
    s = inspect.stack()
    return s


s = f(1)
fi = s[0]
print(len(s), len(fi), type(fi).__name__, fi._fields)
print(clean(repr(fi)).replace(hex(id(fi.frame)), 'ADDR'))
print(fi.positions)
print(fi[1:] == (fi.filename, fi.lineno, fi.function, fi.code_context, fi.index))
print(fi.frame.f_code.co_name, s[1].function, s[1].frame is sys._getframe())
print(isinstance(fi, tuple), type(fi).__mro__[1].__name__)

tb = inspect.getframeinfo(sys._getframe())
print(len(tb), type(tb).__name__, tb._fields)
print(clean(repr(tb)))
print(inspect.getframeinfo(sys._getframe(), context=3)[3:])
print(inspect.getframeinfo(sys._getframe(), context=0)[3:])
print(inspect.getframeinfo(sys._getframe(), 5).index)

print(inspect.currentframe() is sys._getframe())


def g():
    return inspect.currentframe()


fr = g()
print(fr.f_code.co_name, fr.f_back is sys._getframe(), fr.f_lineno)


def outer():
    return inner()


def inner():
    return [(x.function, x.lineno, x.code_context[0].strip(), x.positions)
            for x in inspect.stack()]


for row in outer():
    print(row)

outer_frames = inspect.getouterframes(g(), 2)
print([(x.function, x.index, len(x.code_context)) for x in outer_frames])

try:
    1 / 0
except ZeroDivisionError:
    for info in inspect.trace():
        print(info.function, info.lineno, info.code_context, info.positions)
    err = sys.exc_info()[1]


def boom():
    return [][1]


try:
    boom()
except IndexError as e:
    err = e
for info in inspect.getinnerframes(err.__traceback__, 3):
    print(info.function, info.lineno, info.index, info.code_context, info.positions)
print(inspect.getlineno(sys._getframe()))
