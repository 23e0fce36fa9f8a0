# R61, R62, R63, R64: setdefault, update, |=.
import sys
class OrderedDict(dict):
    pass
def f():
    if 0:
        y = 1
    x = 1
    p = sys._getframe().f_locals
    print(p.setdefault('x', 5), p.setdefault('y'), y)
    for call in (lambda: p.setdefault(), lambda: p.setdefault(1, 2, 3), lambda: p.setdefault('x', default=1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    p.update({'x': 10, 'n': 1})
    p.update(p)
    p.update(OrderedDict(z=1))
    print(x, p['n'], p['z'])
    for arg in ([('a', 1)], 5):
        try:
            p.update(arg)
        except TypeError as e:
            print("TypeError:", e)
    for call in (lambda: p.update(), lambda: p.update({}, a=1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    class Bad:
        def __hash__(self):
            return hash('q')
        def __eq__(self, o):
            raise RuntimeError
    try:
        p.update({'first': 1, Bad(): 2})
    except TypeError as e:
        print("TypeError:", e, p['first'])
    q = p
    q |= {'x': 20}
    print(q is p, x)
    try:
        q |= 5
    except TypeError as e:
        print("TypeError:", e)
f()
