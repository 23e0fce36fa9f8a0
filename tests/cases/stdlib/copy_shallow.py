# copy.copy: builtins, __copy__, reductions (__reduce_ex__, __getstate__,
# __setstate__, slots), subclasses of builtins, copy.replace.
import copy
from collections import namedtuple


class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P({self.x!r})"


a = [1, [2, 3], {"k": P([4])}]
b = copy.copy(a)
print(b, b is a, b[1] is a[1], b[2] is a[2])
for v in (5, "s", (1, [2]), frozenset([1]), None, range(3), len, int, P):
    print(type(v).__name__, copy.copy(v) is v)
print(copy.copy({1, 2}), copy.copy({"a": 1}), copy.copy(bytearray(b"xy")))


class C:
    def __copy__(self):
        return "custom copy"


print(copy.copy(C()))


class G:
    def __init__(self):
        self.v = 1
        self.cache = "big"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"] + 1
        self.cache = None


g = copy.copy(G())
print(g.v, g.cache)


class S:
    __slots__ = ("a", "b")


s = S()
s.a = 1
s2 = copy.copy(s)
print(s2.a, hasattr(s2, "b"), s.__getstate__(), s.__reduce_ex__(4)[1:3])


class I(int):
    pass


class L(list):
    pass


i = copy.copy(I(5))
lst = L([1, 2])
lst.tag = "t"
l2 = copy.copy(lst)
print(i, type(i).__name__, l2, type(l2).__name__, l2.tag, l2 is lst)
e = copy.copy(ValueError("bad", 2))
print(repr(e))
Pt = namedtuple("Pt", "x y")
print(copy.copy(Pt(1, [2])), copy.replace(Pt(1, 2), y=5))
try:
    copy.replace(P(1), x=2)
except TypeError as exc:
    print(exc)
o = P(1)
print(o.__reduce_ex__(2)[1:], o.__reduce__()[1:], o.__getstate__(), object().__getstate__())


class M:
    def meth(self):
        return self


m = M().meth
print(copy.copy(m) == m, copy.copy(m) is m, m.__reduce__()[1][1])
