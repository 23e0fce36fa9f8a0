# R44, R47, R48, R49: reads.
import sys
def f():
    x = 1
    if 0:
        y = 1
    def inner():
        return c
    c = [1]
    p = sys._getframe().f_locals
    print(p['x'], p['c'], 'y' in p, 'c' in p, 'nope' in p)
    for k in ('y', (1, 2), 'nope'):
        try:
            p[k]
        except KeyError as e:
            print(e.args)
    del x
    print('x' in p)
    p['y'] = 'extra?'
    print(y, p['y'])
f()
def g():
    def inner():
        return v
    p = sys._getframe().f_locals
    print('v' in p)
    try:
        p['v']
    except KeyError as e:
        print(e.args)
    v = 1
    print(p['v'])
g()
