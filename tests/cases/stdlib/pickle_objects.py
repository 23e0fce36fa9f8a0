# pickle: instances of classes through __reduce_ex__, __getstate__ /
# __setstate__, __getnewargs__, __reduce__, slots, and the collections.
import pickle
from collections import namedtuple, OrderedDict, Counter, defaultdict, deque

Pt = namedtuple("Pt", "x y")


class Plain:
    def __init__(self, a):
        self.a = a

    def __repr__(self):
        return f"Plain({self.a!r})"


class WithState:
    def __init__(self):
        self.v = 1
        self.cache = "big"

    def __getstate__(self):
        return {"v": self.v}

    def __setstate__(self, state):
        self.v = state["v"] * 10
        self.cache = None


class Slotted:
    __slots__ = ("x", "y")


class Tagged(int):
    def __new__(cls, value, tag):
        obj = int.__new__(cls, value)
        obj.tag = tag
        return obj

    def __getnewargs__(self):
        return (int(self), self.tag)


class Custom:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Custom, (self.n + 1,))


for proto in (0, 2, 5):
    p = pickle.loads(pickle.dumps(Plain([1, {2}]), protocol=proto))
    w = pickle.loads(pickle.dumps(WithState(), protocol=proto))
    print(proto, p, type(p).__name__, w.v, w.cache)
s = Slotted()
s.x = 1
s2 = pickle.loads(pickle.dumps(s))
print(s2.x, hasattr(s2, "y"))
t = pickle.loads(pickle.dumps(Tagged(7, "q")))
print(t, t.tag, type(t).__name__, pickle.loads(pickle.dumps(Custom(1))).n)
coll = [Pt(1, 2), OrderedDict(b=1, a=2), Counter("abca"), defaultdict(list, k=[1]),
        deque([1, 2], maxlen=3)]
for c in coll:
    r = pickle.loads(pickle.dumps(c))
    print(repr(r), type(r) is type(c), r == c)
o = Plain(None)
o.a = o
o2 = pickle.loads(pickle.dumps(o))
print(o2.a is o2)
e = pickle.loads(pickle.dumps(KeyError("k")))
print(repr(e), type(e).__name__)
print(pickle.loads(pickle.dumps(Plain)) is Plain, pickle.loads(pickle.dumps(Pt)) is Pt)


class Sink:
    def __init__(self):
        self.data = b""

    def write(self, b):
        self.data += b


class Source:
    def __init__(self, data):
        self.data, self.pos = data, 0

    def read(self, n):
        chunk = self.data[self.pos:self.pos + n]
        self.pos += n
        return chunk

    def readline(self):
        return self.read(1)


sink = Sink()
pickle.dump({"a": [1, 2]}, sink)
pickle.dump("second", sink)
src = Source(sink.data)
print(pickle.load(src), pickle.load(src))
