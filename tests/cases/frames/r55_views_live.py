# R55, R82: a proxy is live; generator frames.
import sys
def gen():
    q = 1
    yield sys._getframe().f_locals
    q = 2
    yield
    print("resumed q =", q)
    yield
g = gen()
p = next(g)
print(dict(p))
next(g)
print(dict(p))
fr = g.gi_frame
fr.f_locals['q'] = 'written'
fr.f_locals['extra'] = 1
next(g)
print(dict(g.gi_frame.f_locals))
