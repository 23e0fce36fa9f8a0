def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_running, g.__name__, g.__qualname__)
next(g)
print(g.gi_running)
print(list(g), g.gi_running)
print(iter(g) is g, hasattr(g, '__next__'), hasattr(g, 'send'))
class C:
    def items(self):
        yield from range(2)
print(C().items().__qualname__, list(C().items()))
print(type(gen).__name__, type(gen()).__name__)
