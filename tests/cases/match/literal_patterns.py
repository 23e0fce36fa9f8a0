# Literal patterns: numbers compare with ==, None/True/False with `is`.
def kind(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -1 - 1j:
            return "negative complex"
        case "spam" "eggs":
            return "concatenated str"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 12345678901234567890123:
            return "big int"
        case 0x10:
            return "sixteen"
        case -0.0:
            return "unreachable: -0.0 == 0 matched first"
    return "no match"

for v in [0, 0.0, -0.0, False, True, 1, 1.0, -1, -1.0, 1.5, 2 + 3j, complex(2, 3),
          -1 - 1j, "spameggs", "spam", b"bytes", bytearray(b"bytes"), None,
          12345678901234567890123, 16, 16.0, [], "0"]:
    print(repr(v), "->", kind(v))

class Eq:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print(f"  {self.name}.__eq__({other!r})")
        return other == 3
    __hash__ = None

match Eq("subject"):
    case 1 | 2:
        print("one or two")
    case 3:
        print("three")

class Truthy:
    def __eq__(self, other):
        return self
    def __bool__(self):
        print("  __bool__ called")
        return False

match Truthy():
    case 1:
        print("matched")
    case _:
        print("bool() of __eq__'s result decided")
