# Sequence patterns: which subjects are sequences, lengths, star captures.
def shape(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case [a, b]:
            return f"two: {a!r} {b!r}"
        case (first, *middle, last):
            return f"first {first!r}, middle {middle!r}, last {last!r}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (1,), [1, 2], range(2), range(5), (1, 2, 3, 4),
          memoryview(b"ab"), "ab", "", b"ab", bytearray(b"ab"), {1: 2},
          {1, 2}, frozenset(), iter([1, 2]), (x for x in [1]), 7, None]:
    print(type(v).__name__, "->", shape(v))

match [1, [2, [3, 4]], 5]:
    case [1, [2, [x, y]], *rest]:
        print("nested:", x, y, rest)

match (1, 2, 3):
    case [*_]:
        print("[*_] matches a tuple")

match [1, 2, 3]:
    case (*everything,):
        print("star capture is a list:", everything, type(everything).__name__)

match [1, 2, 3, 4, 5]:
    case [1, *_, 4, last]:
        print("after the wildcard star:", last)

match range(10):
    case [0, 1, *_, 8, 9]:
        print("range by index")

class Seq(list):
    pass

match Seq([1, 2]):
    case [a, b]:
        print("list subclass:", a, b)

class T(tuple):
    pass

match T((1,)):
    case (x,):
        print("tuple subclass:", x)

class NotSeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return i

match NotSeq():
    case [a, b]:
        print("unexpected")
    case _:
        print("__getitem__ and __len__ do not make a sequence")
