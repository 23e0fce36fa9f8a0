# collections.namedtuple: fields, defaults, _make/_replace/_asdict, repr,
# validation errors, tuple behaviour.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._make([3, 4]))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.__new__.__doc__)
print(Point.x.__doc__, isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)))
x, y = p
print(x + y, len(p), p + (3,), p * 2, Point.__module__, Point.__name__)
print(Point.__mro__, Point.__slots__, p.__getnewargs__(), p.__match_args__)

Q = namedtuple("Q", ["a", "b", "c"], defaults=[2, 3])
print(Q(1), Q(1, c=9), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple("R", "a, def _x a", rename=True)
print(R._fields, R(1, 2, 3, 4))
One = namedtuple("One", "v", module="somewhere")
print(One(1), One.__module__, One.__doc__)

for args in [("1x", "a"), ("P", "a a"), ("P", "_a"), ("P", "def"), ("P", ["a", 1]),
             ("class", "a")]:
    try:
        namedtuple(*args)
    except ValueError as e:
        print("ValueError", e)
try:
    namedtuple("P", "a", defaults=(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point._make([1])
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError")


class Sub(Point):
    __slots__ = ()

    @property
    def norm(self):
        return self.x * self.x + self.y * self.y


s = Sub(3, 4)
print(s, s.norm, s._replace(x=0), type(s._replace(x=0)).__name__)
