# Two inlined comprehensions of one scope use the name `n`: the first as a
# plain variable, the second as a cell captured by a lambda. The proxy must
# read the one that is bound now (module scope and function scope).
import sys


def in_function():
    adders = [lambda x, n=n: x + n for n in range(3)]
    late = [(sys._getframe().f_locals['n'], lambda x: x + n) for n in range(3)]
    print([a for a, b in late], [b(10) for a, b in late], [a(10) for a in adders])
    fl = sys._getframe().f_locals
    print('n' in fl, sorted(fl))
    seen = [dict(sys._getframe().f_locals)['n'] for n in 'ab']
    print(seen)


in_function()
adders = [lambda x, n=n: x + n for n in range(3)]
late = [(sys._getframe().f_locals['n'], lambda x: x + n) for n in range(3)]
print([a for a, b in late], [b(10) for a, b in late])


def tracer(frame, event, arg):
    if event == 'line' and frame.f_code.co_name == 'traced':
        loc = frame.f_locals
        print('line', frame.f_lineno, sorted(k for k in loc if k != 'fs'))
    return tracer


def traced():
    fs = [lambda: n for n in range(2)]
    gs = [n * 10 for n in range(2)]
    return [f() for f in fs], gs


sys.settrace(tracer)
print(traced())
sys.settrace(None)
