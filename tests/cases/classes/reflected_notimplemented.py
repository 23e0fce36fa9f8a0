class Meters:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Meters({self.v})'
    def __add__(self, other):
        print('  Meters.__add__', other)
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print('  Meters.__radd__', other)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
class Feet:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'Feet({self.v})'
    def __add__(self, other):
        print('  Feet.__add__')
        return NotImplemented
    def __radd__(self, other):
        print('  Feet.__radd__')
        return NotImplemented
print(Meters(1) + Meters(2))
print(Meters(1) + 5)
print(5 + Meters(1))
print(sum([Meters(1), Meters(2)]))
try:
    Meters(1) + 'x'
except TypeError as e:
    print(type(e).__name__, e)
try:
    Meters(1) + Feet(2)
except TypeError as e:
    print(type(e).__name__, e)
class SubMeters(Meters):
    def __radd__(self, other):
        print('  SubMeters.__radd__ (subclass first)')
        return Meters(-1)
print(Meters(1) + SubMeters(2))
