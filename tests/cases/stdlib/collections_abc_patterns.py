# Subclasses of collections.abc.Sequence / Mapping, the classes registered
# with them, and the collections classes match sequence / mapping patterns
# (__abc_tpflags__); str and bytes do not; a FrameLocalsProxy is a mapping.
import sys
from collections.abc import Sequence, Mapping, MutableSequence
from collections import deque, OrderedDict, UserList, UserDict, namedtuple, defaultdict, Counter, ChainMap

def kind(x):
    match x:
        case {"x": v, **rest}:
            return f"map x={v} rest={sorted(rest)}"
        case {}:
            return "map"
        case [*items]:
            return f"seq {len(items)}"
        case _:
            return "other"

class S(Sequence):
    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i >= 2:
            raise IndexError
        return i


class M(Mapping):
    def __getitem__(self, k):
        return {"x": 1}[k]

    def __iter__(self):
        return iter(["x"])

    def __len__(self):
        return 1


class Plain:
    pass


class Reg:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError

    def __iter__(self):
        return iter(())


class Later(Reg):
    pass


Sequence.register(Reg)


class RegChild(Reg):
    pass


P = namedtuple("P", "a b")
for obj in [S(), M(), Plain(), Reg(), Later(), RegChild(), deque([1, 2]), OrderedDict(x=1), UserList([1]), UserDict(x=2), P(1, 2), defaultdict(int, x=3), Counter("x"), ChainMap({"x": 5}), "str", b"b", [1], (1,), {"x": 0}, range(3)]:
    print(type(obj).__name__, kind(obj))


def f():
    x = 10
    y = 20
    p = sys._getframe().f_locals
    return kind(p)
print(f())
print("__abc_tpflags__" in Sequence.__dict__, "__abc_tpflags__" in Mapping.__dict__)
try:
    class Both(Sequence):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print(type(e).__name__, e)
