# R50, R51, R52, R53, R54: get, len, keys, iteration, values, items, reversed.
import sys
def f():
    a = 1
    b = 2
    p = sys._getframe().f_locals
    p['e'] = 3
    print(p.get('a'), p.get('zz'), p.get('zz', 'd'), len(p))
    for call in (lambda: p.get(), lambda: p.get(1, 2, 3), lambda: p.get('a', default=1),
                 lambda: p.keys(1)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    print(type(p.keys()).__name__, p.keys()[:2], p.values()[:2], p.items()[:2])
    it = iter(p)
    c = 5
    print(list(it)[:3], type(reversed(p)).__name__, reversed(p)[:2] == list(reversed(p.keys()))[:2])
    try:
        next(reversed(p))
    except TypeError as e:
        print("TypeError:", e)
    print(bool(p))
f()
