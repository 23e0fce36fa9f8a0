# collections.Counter: counting, most_common, update/subtract, multiset
# arithmetic and comparisons.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["zzz"], c.most_common(2), c.most_common(), c.total())
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update("zz")
c.update({"a": 1})
c.subtract({"b": 5})
c.subtract(r=1)
print(c, +c, -c)
print(Counter(), Counter(a=1), Counter({"x": 3, "y": 1}), Counter(["a", "b", "a"]))
x, y = Counter(a=3, b=1), Counter(a=1, b=2, c=-1)
print(x + y, x - y, x | y, x & y)
print(x == Counter(a=3, b=1, c=0), x != y, Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1))
x += Counter(b=-5, d=2)
print(x)
x -= Counter(a=1)
print(x)
del x["d"]
del x["not there"]
print(x, len(x), "a" in x)
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(3), Counter(words).most_common(0), Counter(words).most_common(-1))
print(sum(Counter("aab").values()), dict(Counter("ba")), isinstance(c, dict))
print(Counter("hello").copy(), type(Counter("a").copy()).__name__, Counter("ab").__reduce__())
print(repr(Counter({"a": 1, "b": "x"})) if False else Counter({"a": 1.5, "b": 2}))
