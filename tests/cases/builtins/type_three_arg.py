Base = type('Base', (), {'greet': lambda self: 'hi from ' + type(self).__name__})
Derived = type('Derived', (Base,), {'x': 10, '__repr__': lambda self: 'Derived()'})
d = Derived()
print(d.greet(), d.x, repr(d), Derived.__name__, Derived.__bases__[0].__name__, Derived.__qualname__)
print([k for k in ('x', '__repr__') if k in Derived.__dict__], Derived.__module__)
def method(self, n):
    return n * self.x
Derived.times = method
print(d.times(4))
Counter = type('Counter', (object,), {'count': 0, 'inc': lambda self: setattr(type(self), 'count', type(self).count + 1)})
c = Counter()
c.inc(); c.inc()
print(Counter.count)
try:
    type('X', (Base,), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
