# f_lineno assignment errors (R103-R105) and the RuntimeWarning of R107,
# which abandons the jump when warnings are errors.
import sys


def attempt(frame, n, tag):
    try:
        frame.f_lineno = n
        print(tag, 'ok', n)
    except Exception as e:
        print(tag, type(e).__name__, e)


def inner():
    a = 1
    return a


def outer():
    x = 1
    y = inner()
    z = 3
    return x, y, z


state = {'done': set()}


def tracer(frame, event, arg):
    name = frame.f_code.co_name
    key = (name, event)
    if key not in state['done']:
        state['done'].add(key)
        if name == 'inner' and event in ('call', 'return'):
            attempt(frame, frame.f_lineno, 'inner-' + event)
        if name == 'outer' and event == 'line':
            attempt(frame, 'x', 'str')
            attempt(frame, True, 'bool')
            attempt(frame, 1.0, 'float')
            attempt(frame, 2**40, 'big')
            attempt(frame, 2**100, 'huge')
            attempt(frame, -5, 'negative')
            attempt(frame, 1, 'before')
            attempt(frame, 1000, 'after')
            try:
                del frame.f_lineno
            except AttributeError as e:
                print('del', e)
    return tracer


sys.settrace(tracer)
print(outer())
sys.settrace(None)
attempt(sys._getframe(), 3, 'outside')
attempt(sys._getframe(), 'x', 'outside-str')


def prof(frame, event, arg):
    if event == 'c_call':
        attempt(frame, frame.f_lineno, 'c_call')
    if event == 'c_return':
        attempt(frame, frame.f_lineno, 'c_return')


sys.setprofile(prof)
len([])
sys.setprofile(None)


def exc():
    try:
        1/0
    except ZeroDivisionError:
        pass


def on_exception(frame, event, arg):
    if event == 'exception':
        attempt(frame, frame.f_lineno, 'exception')
    return on_exception


sys.settrace(on_exception)
exc()
sys.settrace(None)


def f():
    a = 1
    b = 2
    return 3


def jump_over(frame, event, arg):
    if event == 'line' and frame.f_lineno == f.__code__.co_firstlineno + 1:
        frame.f_lineno = f.__code__.co_firstlineno + 3
    return jump_over


import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    sys.settrace(jump_over)
    print(f())
    sys.settrace(None)
print([(w.category.__name__, str(w.message)) for w in caught])
warnings.simplefilter('error')
sys.settrace(jump_over)
try:
    print(f())
except RuntimeWarning as e:
    print('raised', type(e).__name__, e, sys.gettrace())
sys.settrace(None)
