# collections.OrderedDict: order-sensitive equality, move_to_end,
# popitem(last=), views and repr.
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
print(od, od.keys(), od.values(), od.items(), OrderedDict())
od.move_to_end("a")
print(list(od))
od.move_to_end("a", last=False)
print(list(od), list(reversed(od)), list(reversed(od.items())))
print(od.popitem(), od.popitem(last=False), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", repr(e))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", repr(e))
x = OrderedDict([("a", 1), ("b", 2)])
y = OrderedDict([("b", 2), ("a", 1)])
print(x == y, x != y, x == dict(y), dict(x) == y, x == {"a": 1, "b": 2})
print(OrderedDict.fromkeys("xyz", 0), x.copy(), type(x.copy()).__name__)
print(x | {"c": 3}, {"z": 0} | x, type({"z": 0} | x).__name__)
x.update([("d", 4)], e=5)
x.setdefault("f", 6)
print(x, x.pop("d"), x.get("zz", "none"), isinstance(x, dict))
x["a"] = 100
print(list(x.items())[0], x.__reduce__()[:3])
r = OrderedDict()
r["me"] = r
print(r)
