# Or-patterns: alternatives tried left to right, each on the subject; the
# names bound are the same whatever the alternative, in any order.
def f(x):
    match x:
        case [("+" | "-") as sign, (int() | float()) as num]:
            return f"signed {sign}{num}"
        case [k, [v, w] | {"inner": (v, w)}]:
            return f"k={k} v={v} w={w}"
        case [a, b] | (b, a, "swap"):
            return f"a={a} b={b}"
        case {"k": v} | [v] | (v, _, _, _):
            return f"v={v}"
        case 1 | 2 | 3:
            return "small"
        case ("x" | "y") as axis:
            return f"axis {axis}"
        case _:
            return "nothing"

for v in [[1, 2], (1, 2, "swap"), {"k": 0}, [9], (1, 2, 3, 4), 2, "y",
          ["+", 1.5], ["-", "x"], ["z", [3, 4]], ["z", {"inner": (5, 6)}],
          ["z", {"inner": 7}], "q"]:
    print(repr(v), "->", f(v))

class Spy:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print(f"  compare {self.n} with {other}")
        return self.n == other
    __hash__ = None

match Spy(3):
    case 1 | 2 | 3 | 4:
        print("stops at the first alternative that matches")

# Bindings of the alternative that matched only.
def g(x):
    match x:
        case (1, y) | (2, _, y):
            return y

print(g((1, "one")), g((2, "skip", "two")))

# At module level the bindings are stored in the first alternative's order.
match (1, 2):
    case {"a": first, "b": second} | (second, first):
        pass
print([n for n in globals() if n in ("first", "second")], first, second)
