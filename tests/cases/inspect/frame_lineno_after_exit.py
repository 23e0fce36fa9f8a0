# A finished frame reports the line it left from (return or exception),
# which FrameInfo's repr shows.
import sys


def returns():
    frame = sys._getframe()
    x = 1
    return frame


def raises():
    global saved
    saved = sys._getframe()
    x = 1
    raise ValueError('out')


print(returns().f_lineno)
try:
    raises()
except ValueError:
    pass
print(saved.f_lineno)


def gen():
    yield sys._getframe()
    x = 2
    return x


g = gen()
fr = next(g)
print(fr.f_lineno)
for _ in g:
    pass
print(g.gi_frame)
