# collections.ChainMap, UserDict and UserList.
from collections import ChainMap, UserDict, UserList

defaults = {"color": "red", "user": "guest"}
args = {"user": "admin"}
cm = ChainMap(args, defaults)
print(cm, cm["user"], cm["color"], len(cm), list(cm), dict(cm), "color" in cm)
cm["color"] = "blue"
print(args, defaults, cm.get("missing", "-"))
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[-1] is defaults)
try:
    del cm["user"]
    del cm["user"]
except KeyError as e:
    print("KeyError", repr(e))
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(ChainMap(), ChainMap({"a": 1}) | {"b": 2}, cm.copy())
try:
    ChainMap()["x"]
except KeyError as e:
    print("KeyError", repr(e))

u = UserDict(a=1)
u["b"] = 2
print(u, u.data, len(u), "a" in u, u.get("z", 3), u | {"c": 3}, type(u | {}).__name__)


class Lower(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)


lo = Lower({"A": 1})
lo.update(B=2)
print(lo, lo.copy(), type(lo.copy()).__name__)
lst = UserList([3, 1, 2])
lst.append(0)
lst.sort()
print(lst, lst + [9], [8] + lst, lst * 2, lst[1:], type(lst[1:]).__name__, lst == [0, 1, 2, 3])
lst.extend(UserList([7]))
print(lst.pop(), lst.index(2), lst.count(1), len(lst), lst.data)
from collections import deque, defaultdict, Counter, OrderedDict
print(deque[int], defaultdict[str, list], OrderedDict[str, int], Counter[str])
