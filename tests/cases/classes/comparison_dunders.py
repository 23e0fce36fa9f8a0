class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))
    def __eq__(self, o):
        return isinstance(o, Version) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
vs = [Version(1, 2), Version(1, 10), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs), max(vs), min(vs))
a, b = Version(1, 0), Version(2, 0)
print(a < b, a > b, a <= b, a >= b, a == Version(1, 0), a != b, a == 'x')
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print(f'  __lt__({self.v}, {o.v})')
        return self.v < o.v
print(OnlyLt(1) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain(), p != Plain())
