# Where pattern captures are stored: private-name mangling, nonlocal, and
# the order of the stores (seen by a class namespace that logs them).
class C:
    def m(self, v):
        match v:
            case [__x, *__rest]:
                return __x, __rest, sorted(k for k in locals() if "x" in k or "rest" in k)

print(C().m([1, 2, 3]))

def outer():
    n = 0
    def inner(v):
        nonlocal n
        match v:
            case int(n) | [n]:
                pass
    inner(5)
    first = n
    inner([6])
    return first, n

print(outer())

class Logged(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  store", key, "=", value)
        super().__setitem__(key, value)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Logged()

class K(metaclass=Meta):
    match {"a": 1, "b": [2, 3], "c": 4}:
        case {"b": [y, z], "a": x, **rest}:
            pass
    match (1, 2):
        case {"a": q, "b": p} | (p, q):
            pass
    match [[5, 6], 7]:
        case [[i, j] as pair, k] if (g := i + j):
            pass

def permutations(v):
    match v:
        case (1, a, b, c, d) | (2, d, c, b, a) | (3, b, d, a, c) | (4, c, a, d, b):
            return a + b + c + d

for t in [(1, "a", "b", "c", "d"), (2, "d", "c", "b", "a"), (3, "b", "d", "a", "c"),
          (4, "c", "a", "d", "b"), (5, "", "", "", "")]:
    print(t[0], permutations(t))

def nested_or(v):
    match v:
        case [(1, x) | (2, x), (y, 3) | (y, 4)] | {"x": x, "y": y}:
            return x, y

print(nested_or([(2, "x"), ("y", 4)]), nested_or({"y": 1, "x": 2}), nested_or([(5, 1), (1, 3)]))
exec("match 1:\n case 1: print('match in exec')")
