# json.dumps: types, indent, sort_keys, separators, default,
# ensure_ascii, allow_nan, skipkeys, errors; JSONEncoder subclasses.
import json
from collections import OrderedDict, namedtuple

print(json.dumps({"b": 1, "a": [1, 2.5, None, True, False, "x", (1, 2)]}))
print(json.dumps({"b": 1, "a": [1, {}], "c": []}, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps([1, 2], indent=0), json.dumps([1], indent=-1), json.dumps({}, indent=2))
print(json.dumps({"a": 1, "b": [1, 2]}, separators=(",", ":")))
print(json.dumps("é\u2028😀\x00\x1f\"\\\n\t\x7f"))
print(json.dumps("é😀\x7f\n", ensure_ascii=False))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5, False: 6}))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e300, 1.0, -0.0, 10**30, 0.1]))
for obj in [{(1, 2): 3}, float("nan"), object(), {"a": [1, {"b": object()}]}, [1, {2}]]:
    try:
        print(json.dumps(obj, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "a": 1}, skipkeys=True))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(type(e).__name__, e)
print(json.dumps(object(), default=lambda o: "OBJ"), json.dumps({"s": {3, 1}}, default=sorted))


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(SetEncoder().encode({"a": {2, 1}}), json.dumps([{3}], cls=SetEncoder))
print(list(json.JSONEncoder().iterencode([1, {"a": 2}, "s"])))
Pt = namedtuple("Pt", "x y")


class I(int):
    pass


class F(float):
    pass


print(json.dumps(Pt(1, 2)), json.dumps(OrderedDict(b=1, a=2)), json.dumps([I(3), F(1.5), True]))
try:
    json.dumps({"a": 1, 2: 3}, sort_keys=True)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps([1, [2, 3]], indent=4, separators=(",", " = ")))
print(json.dumps("plain"), json.dumps(None), json.dumps(12), json.dumps([]))
