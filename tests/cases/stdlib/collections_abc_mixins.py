# The mixin methods of collections.abc: a class supplies the abstract
# methods and gets the rest.
from collections.abc import (MutableSequence, MutableSet, MutableMapping,
                             Sequence, Set, Mapping, Iterator)


class Span(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * 10


s = Span(4)
print(list(s), 20 in s, 25 in s, list(reversed(s)), s.index(30), s.count(10))
try:
    s.index(99)
except ValueError as e:
    print("ValueError", repr(e))


class Stack(MutableSequence):
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def insert(self, i, v):
        self.items.insert(i, v)


st = Stack()
st.append(1)
st.extend([2, 3, 4])
st += [5]
st.reverse()
print(st.items, st.pop(), st.pop(0), st.items)
st.remove(3)
print(st.items, len(st))


class Bits(MutableSet):
    def __init__(self, it=()):
        self.bits = set(it)

    def __contains__(self, x):
        return x in self.bits

    def __iter__(self):
        return iter(sorted(self.bits))

    def __len__(self):
        return len(self.bits)

    def add(self, x):
        self.bits.add(x)

    def discard(self, x):
        self.bits.discard(x)


a, b = Bits([1, 2, 3]), Bits([3, 4])
print(list(a | b), list(a & b), list(a - b), list(a ^ b), a <= Bits([1, 2, 3, 9]))
print(a == Bits([3, 2, 1]), a.isdisjoint([7]), list([5, 1] - a) if False else sorted({5, 1} - set(a)))
a |= [7]
a -= [1]
print(list(a), a.pop(), list(a), Set._hash(Bits([1, 2])) == hash(frozenset([1, 2])))


class Env(MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k.lower()]

    def __setitem__(self, k, v):
        self.d[k.lower()] = v

    def __delitem__(self, k):
        del self.d[k.lower()]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


e = Env()
e.update({"A": 1}, B=2)
print(e["a"], "B" in e, e.get("z", 0), list(e.keys()), list(e.items()), list(e.values()))
print(e.setdefault("C", 3), e.pop("a"), e.pop("zz", None), e.popitem(), dict(e), e == {"c": 3})
print(type(e.keys()).__name__, isinstance(e.keys(), Set), Mapping.__reversed__)


class Count(Iterator):
    def __init__(self):
        self.i = 0

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


print(list(Count()), iter(Count()).__class__.__name__)
try:
    Sequence()
except TypeError as e:
    print(e)
