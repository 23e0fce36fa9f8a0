# Class patterns: isinstance, __match_args__, keyword attributes, and the
# builtins that match themselves with one positional sub-pattern.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"3d on the floor at {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Point3(1, 2, 0),
          Point3(1, 2, 3), (0, 0), None]:
    print(where(p))

for v in [1, True, 2.5, "s", b"b", bytearray(b"ba"), [1], (1,), {1: 2}, {1}, frozenset({2}), None]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i)
        case float(f) | str(f) | bytes(f) | bytearray(f):
            print(type(f).__name__, repr(f))
        case list(items) | tuple(items) | set(items) | frozenset(items):
            print("collection", sorted(items))
        case dict(d):
            print("dict", d)
        case object():
            print("any object", v)

class MyInt(int):
    pass

class Named(int):
    __match_args__ = ("real",)

match MyInt(7):
    case int(n):
        print("int subclass matches itself:", n, type(n).__name__)

match Named(8):
    case Named(r):
        print("__match_args__ replaces self-matching:", r, type(r).__name__)

class Lazy:
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name == "color":
            return "red"
        raise AttributeError(name)

match Lazy():
    case Lazy(size=1):
        print("no size")
    case Lazy(color=c):
        print("color via __getattr__:", c)

class Boom:
    @property
    def value(self):
        raise KeyError("from the property")

try:
    match Boom():
        case Boom(value=_):
            pass
except KeyError as e:
    print("KeyError:", e)

class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", obj)
        return obj == "duck"

class Duck(metaclass=Meta):
    pass

for v in ["duck", "goose"]:
    match v:
        case Duck():
            print(v, "is a Duck")
        case _:
            print(v, "is not a Duck")

import sys
class NS:
    Module = type(sys)
    P = Point

match sys:
    case NS.Module(__name__=name):
        print("dotted class and keyword:", name)

match Point(4, 5):
    case NS.P(a, b):
        print("dotted class:", a, b)
