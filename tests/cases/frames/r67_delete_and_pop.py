# R67, R68, R69, R70: deletion and pop.
import sys
def f():
    x = 1
    if 0:
        z = 1
    p = sys._getframe().f_locals
    for k in ('x', 'z'):
        try:
            del p[k]
        except ValueError as e:
            print("ValueError:", e)
    try:
        del p['nope']
    except KeyError as e:
        print("KeyError:", str(e), e.args)
    p['ex'] = 5
    del p['ex']
    print('ex' in p)
    p['e2'] = 6
    print(p.pop('e2'), p.pop('missing', 'dflt'))
    for call in (lambda: p.pop('x'), lambda: p.pop('x', 1)):
        try:
            call()
        except ValueError as e:
            print("ValueError:", e)
    for call in (lambda: p.pop('missing'), lambda: p.pop(), lambda: p.pop(1, 2, 3)):
        try:
            call()
        except (KeyError, TypeError) as e:
            print(type(e).__name__, e)
f()
