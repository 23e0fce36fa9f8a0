# Mapping patterns: dicts and their subclasses, extra keys, **rest, and the
# lookups through `get`.
def describe(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", **rest}:
            return f"circle {sorted(rest.items())}"
        case {1: one, 2.0: two}:
            return f"numbers {one} {two}"
        case {}:
            return f"some mapping of {len(x)}"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "point", "x": 1},
          {"type": "circle", "r": 5, "c": (0, 0)}, {1: "a", 2: "b"},
          {True: "t", 2.0: "f"}, {}, {"a": 1}, [("type", "point")], "type", None]:
    print(describe(v))

d = {"a": 1, "b": 2}
match d:
    case {"a": 1, **rest}:
        print("rest is a new dict:", rest, rest is d, type(rest).__name__)

class Keys:
    A = "a"
    B = "b"

match d:
    case {Keys.A: a, Keys.B: b}:
        print("value-pattern keys:", a, b)

class Logged(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)
    def __missing__(self, key):
        print("  __missing__ never runs")
        return 0
    def __len__(self):
        print("  len")
        return super().__len__()

match Logged(x=1, y=2):
    case {"x": 1, "z": _}:
        print("no")
    case {"x": x, "y": y, **others}:
        print("subclass:", x, y, others)

class Twice:
    K = "a"
    L = "a"

try:
    match {"a": 1, "b": 2}:
        case {Twice.K: _, Twice.L: _}:
            pass
except ValueError as e:
    print("ValueError:", e)

class Unhashable:
    K = []

try:
    match {"a": 1}:
        case {Unhashable.K: _}:
            pass
except TypeError as e:
    print("TypeError:", e)

class NoGet(dict):
    get = None

try:
    match NoGet(a=1):
        case {"a": _}:
            pass
except TypeError as e:
    print("TypeError:", e)
