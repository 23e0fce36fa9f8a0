# The interpreter's part of pickling and copying: object.__reduce_ex__,
# __reduce__, __getstate__, __getnewargs__ and the builtin reductions.
import copyreg
import sys


class O:
    pass


o = O()
o.a = 1
r = o.__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1:], o.__reduce_ex__(4)[1:])
r0 = o.__reduce_ex__(0)
print(r0[0] is copyreg._reconstructor, r0[1:], o.__reduce__()[1:])
print(o.__getstate__() is o.__dict__, object().__getstate__(), O().__getstate__())


class S:
    __slots__ = ("a", "b")


s = S()
s.b = 2
print(s.__getstate__(), s.__reduce_ex__(3)[1:3])


class L(list):
    pass


lr = L([1, 2]).__reduce_ex__(2)
print(lr[1:3], list(lr[3]), lr[4])


class D(dict):
    pass


dr = D(a=1).__reduce_ex__(2)
print(dr[1:4], list(dr[4]))


class I(int):
    pass


print(I(3).__reduce_ex__(2)[1:3], (3).__getnewargs__(), (2.5).__getnewargs__(), (1 + 2j).__getnewargs__())
print("ab".__getnewargs__(), b"x".__getnewargs__(), (1, 2).__getnewargs__())
print(set([1]).__reduce__(), frozenset([1]).__reduce__(), range(3).__reduce__(), slice(1, 2).__reduce__())
print(bytearray(b"x").__reduce_ex__(4), bytearray(b"x").__reduce__(), ValueError(1, 2).__reduce__())
e = KeyError("k")
e.note = "n"
print(e.__reduce__())


def gen():
    yield


for obj in (gen(), sys._getframe(), {}.keys(), sys):
    for proto in (0, 2):
        try:
            obj.__reduce_ex__(proto)
        except TypeError as exc:
            print(proto, exc)


class Custom:
    def __reduce__(self):
        return (Custom, ())


print(Custom().__reduce_ex__(2)[0] is Custom, object.__subclasshook__(int), O.__subclasshook__(O))
m = [].append
print(m.__reduce__()[0] is getattr, m.__reduce__()[1][1])
print(callable(print.__call__), gen.__call__() is not None, len.__call__([1]), m.__call__(5), m.__self__)
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, type({}.keys()).__hash__)
try:
    hash({}.items())
except TypeError as exc:
    print(exc)
print(NotImplemented.__reduce__(), (...).__reduce__(), None.__reduce_ex__(2)[1])
