# collections.defaultdict: __missing__ through the factory, repr, copy,
# errors, dict behaviour.
from collections import defaultdict

d = defaultdict(list)
d["a"].append(1)
d["b"]
print(d, d["a"], len(d), "c" in d, d.get("c"), d.default_factory)
print(defaultdict(None), defaultdict(int, a=1), defaultdict(int, [("x", 2)], y=3))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), isinstance(counts, dict), type(counts).__mro__)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
plain = defaultdict()
try:
    plain["x"]
except KeyError as e:
    print("KeyError", repr(e))
plain.default_factory = lambda: "made"
print(plain["x"], dict(plain))
c = d.copy()
c["a"].append(2)
print(c, type(c).__name__, d["a"] is c["a"], d.__reduce__()[:2])
print(d | {"z": [0]}, type(d | {}).__name__, type({} | d).__name__)
d |= {"q": [9]}
print(sorted(d), d == {"a": [1, 2], "b": [], "q": [9]})
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"], dict(nested["x"]))
r = defaultdict(list)
r["self"] = r
print(repr(r)[:20])
print(d.setdefault("new", [5]), d.pop("new"), d.__missing__("m"), d["m"])
