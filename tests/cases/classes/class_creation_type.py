def init(self, v):
    self.v = v
Dyn = type('Dyn', (object,), {'__init__': init, 'double': lambda self: self.v * 2, 'tag': 'made by type'})
d = Dyn(21)
print(Dyn.__name__, d.double(), d.tag, type(d).__name__, isinstance(d, Dyn))
Child = type('Child', (Dyn,), {})
print([c.__name__ for c in Child.__mro__], Child(1).double())
print(type(Dyn), type(type), type(int), type(5).__name__)
try:
    type('Bad', 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type('A', (), {}, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(type('E', (), {}).__bases__, type('E', (), {})().__class__.__name__)
