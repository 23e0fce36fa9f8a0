class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return self.n + x + y
    def __str__(self):
        return f'Adder+{self.n}'
    def __repr__(self):
        return f'Adder({self.n!r})'
    def __bool__(self):
        return self.n != 0
a = Adder(5)
print(a(1), a(1, y=2), callable(a), str(a), repr(a), [a], f'{a} {a!r}', bool(a), bool(Adder(0)))
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
print(str(OnlyRepr()), OnlyRepr(), f'{OnlyRepr()}')
class OnlyStr:
    def __str__(self):
        return 'only-str'
o = OnlyStr()
print(o, repr(o).startswith('<__main__.OnlyStr object at 0x'))
class LenBool:
    def __len__(self):
        return 0
print(bool(LenBool()), 'truthy' if LenBool() else 'falsy')
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
