# Sorting compares builtin keys without Python code where it can; the
# results and errors must be the same as the general comparison's.

print(sorted(["b", "a", "é", "Z", "", "ab"]))
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0)]))
print(sorted([(1, 2.5), (1, 2), (1.0, 1), (True, 0)]))
print(sorted([((2, 1), 0), ((1, 9), 1), ((1, 9), 0)]))
nan = float("nan")
print(sorted([3.0, 1.5, 2.25]), sorted([(1, nan), (0, nan)]))
print(sorted([(10**30, 1), (5, 2), (-10**30, 3)]))


class Rev:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return f"Rev({self.v})"


print(sorted([(1, Rev(1)), (1, Rev(3)), (0, Rev(2))]))


class S(str):
    def __lt__(self, other):
        return len(self) < len(other)


print(sorted([S("ccc"), S("a"), S("bb")]))
for bad in ([(1, "a"), (1, 2)], ["a", 1], [(1,), ("x",)]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: (-len(w), w), reverse=True))
d = {1.0: "a"}
print(d.get(True), True in {1.0}, {True: 1}.get(1.0), (True, 1.0) == (1.0, True), [True].index(1.0), {0.0: 1}.get(False))
