# R72, R73, R74, R75, R76, R77: copy, |, comparison, repr, truth, unpacking.
import sys
def other():
    a = 1
    return sys._getframe().f_locals
def f():
    a = 1
    p = sys._getframe().f_locals
    c = p.copy()
    print(type(c).__name__, c == dict(p))
    try:
        p.copy(None)
    except TypeError as e:
        print("TypeError:", e)
    print(type(p | {'z': 1}).__name__, (p | {'a': 2})['a'], ({'a': 3} | p)['a'], type(p | p).__name__)
    try:
        p | []
    except TypeError as e:
        print("TypeError:", e)
    q = sys._getframe().f_locals
    print(p == q, p == other(), p == dict(p), dict(p) == p, p != q, p == 1)
    for call in (lambda: p < {}, lambda: p < q):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    print(repr(other()), str(other()) == repr(other()), format(other(), '') == repr(other()))
    try:
        format(p, 'x')
    except TypeError as e:
        print("TypeError:", e)
    def empty():
        return sys._getframe().f_locals
    print(bool(empty()), bool(p))
f()
def selfref():
    me = sys._getframe().f_locals
    return repr(me)
print(selfref())
