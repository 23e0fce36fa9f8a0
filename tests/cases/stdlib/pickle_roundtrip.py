# pickle: round trips of builtin values under every protocol (results
# printed, never the bytes: Locus's byte format is its own).
import pickle
import sys

values = [None, True, False, 0, -1, 255, 2**100, -2**70, sys.maxsize, 1.5,
          float("inf"), -0.0, 1e-300, 2 + 3j, "", "héllo 😀", b"", b"\x00\xff",
          bytearray(b"ab"), (), (1,), (1, (2, 3)), [], [1, [2]], {},
          {"a": 1, 2: [3]}, set(), {1, 2}, frozenset(), frozenset({"x"}),
          range(2, 9, 3), slice(1, None, 2), len, int, ValueError("m", 1),
          ..., NotImplemented]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    bad = []
    for v in values:
        r = pickle.loads(pickle.dumps(v, protocol=proto))
        same = r == v or repr(r) == repr(v)
        if not same or type(r) is not type(v):
            bad.append(repr(v))
    print("protocol", proto, "mismatches:", bad)
print([pickle.loads(pickle.dumps(v)) for v in values[-10:]])
nan = pickle.loads(pickle.dumps(float("nan")))
print(nan != nan, pickle.loads(pickle.dumps(-0.0)))
a = [1]
shared = pickle.loads(pickle.dumps([a, a]))
print(shared, shared[0] is shared[1])
cyc = []
cyc.append(cyc)
c2 = pickle.loads(pickle.dumps(cyc))
print(c2, c2[0] is c2)
d = {}
d["me"] = d
print(pickle.loads(pickle.dumps(d))["me"] is not None)
t = ([],)
t[0].append(t)
t2 = pickle.loads(pickle.dumps(t))
print(t2[0][0] is t2)
big = list(range(2500))
print(pickle.loads(pickle.dumps(big)) == big, pickle.loads(pickle.dumps(set(big))) == set(big))
nested = {"k": [{"x": (1, 2)}, {"y": {3, 4}}]}
print(pickle.loads(pickle.dumps(nested)) == nested)
print(type(pickle.dumps(1)).__name__, pickle.dumps([1, 2]) == pickle.dumps([1, 2]))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.loads(pickle.dumps([].append)).__name__, pickle.loads(pickle.dumps(len)) is len)
