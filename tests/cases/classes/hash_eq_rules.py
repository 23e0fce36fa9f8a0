class NoEq:
    pass
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, WithEq) and self.v == o.v
class WithBoth(WithEq):
    def __hash__(self):
        return hash(self.v)
class Explicit:
    __hash__ = None
print(type(hash(NoEq())).__name__, WithEq.__hash__, WithBoth(1) in {WithBoth(1)}, len({WithBoth(1), WithBoth(1)}))
for cls in [WithEq, Explicit]:
    try:
        hash(cls(1) if cls is WithEq else cls())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {WithEq(1): 'x'}
except TypeError as e:
    print(type(e).__name__, e)
class Child(WithBoth):
    def __eq__(self, o):
        return False
try:
    hash(Child(1))
except TypeError as e:
    print(type(e).__name__, e)
n = NoEq()
print(n == n, n != NoEq(), {n: 1}[n])
