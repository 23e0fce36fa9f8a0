# copy.deepcopy: nested structures, shared references, cycles through
# lists, dicts, tuples and instances, the memo, __deepcopy__.
import copy


class Node:
    def __init__(self, name):
        self.name = name
        self.links = []


a = Node("a")
b = Node("b")
a.links.append(b)
b.links.append(a)
a2 = copy.deepcopy(a)
print(a2.name, a2.links[0].name, a2.links[0].links[0] is a2, a2 is not a)

cyc = [1]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2, c2[1] is c2, c2 is not cyc)
d = {"k": []}
d["self"] = d
d2 = copy.deepcopy(d)
print(d2["self"] is d2, d2["k"] is not d["k"])
t = ([],)
t[0].append(t)
t2 = copy.deepcopy(t)
print(t2[0][0] is t2, t2 is not t)
same = (1, "x", (2, 3))
print(copy.deepcopy(same) is same)
shared = [1]
pair = [shared, shared]
p2 = copy.deepcopy(pair)
print(p2[0] is p2[1], p2[0] is not shared)
memo = {}
x = [1]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] == [1])


class Deep:
    def __init__(self):
        self.data = [1, 2]

    def __deepcopy__(self, memo):
        print("deepcopy called with memo", type(memo).__name__)
        new = Deep()
        new.data = copy.deepcopy(self.data, memo)
        return new


dd = copy.deepcopy({"a": Deep()})
print(dd["a"].data)
o = Node("o")
o.links.append(o)
print(copy.deepcopy(o).links[0].name)


class S:
    __slots__ = ("v",)


s = S()
s.v = [[1]]
s2 = copy.deepcopy(s)
print(s2.v, s2.v is not s.v, s2.v[0] is not s.v[0])
nested = [[[[]]]]
print(copy.deepcopy(nested), copy.deepcopy(nested)[0] is not nested[0])
k = (1, [2])
print(copy.deepcopy({k: "v"}) if False else copy.deepcopy([k])[0][1] is not k[1])


class M:
    def meth(self):
        return self


mm = M().meth
m2 = copy.deepcopy(mm)
print(m2.__self__ is not mm.__self__, type(m2.__self__).__name__, m2.__func__ is mm.__func__)
print(type(mm)(M.meth, 5)(), copy.deepcopy(len) is len)
