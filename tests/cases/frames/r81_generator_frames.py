# R81, R82, R83: generator frames before, during and after running.
import sys
def gen(a, b=2):
    c = a + b
    yield c
    yield sys._getframe()
g = gen(1)
fr = g.gi_frame
print(dict(fr.f_locals), fr.f_lineno == gen.__code__.co_firstlineno, g.gi_suspended, g.gi_running)
print(next(g), g.gi_suspended, fr.f_lineno, sorted(fr.f_locals))
fr.f_locals['extra'] = 1
inner = next(g)
print(inner is fr, 'extra' in inner.f_locals, fr.f_back)
for _ in g:
    pass
print(g.gi_frame, dict(fr.f_locals))
