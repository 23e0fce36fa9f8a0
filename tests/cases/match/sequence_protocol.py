# Which special methods a sequence pattern calls, and in what order:
# len() for the length check, indexing when the star is `*_`, iteration
# otherwise.
class L(list):
    def __len__(self):
        print("  len")
        return super().__len__()
    def __getitem__(self, i):
        print("  getitem", i)
        return super().__getitem__(i)
    def __iter__(self):
        print("  iter")
        return super().__iter__()

def run(label, f):
    print(label)
    print("  ->", f(L([1, 2, 3])))

def only_wildcards(s):
    match s:
        case [_, _, _]:
            return "three"

def star_wildcard(s):
    match s:
        case [a, *_, b]:
            return a, b

def star_capture(s):
    match s:
        case [a, *rest]:
            return a, rest

def lone_star(s):
    match s:
        case [*rest]:
            return rest

def exact(s):
    match s:
        case [a, b, c]:
            return a, b, c

def mismatch(s):
    match s:
        case [a, b]:
            return "two"
        case [x, 2, 4]:
            return "no"
        case _:
            return "none"

for name, f in [("only wildcards", only_wildcards), ("star wildcard", star_wildcard),
                ("star capture", star_capture), ("lone star", lone_star),
                ("exact", exact), ("mismatch", mismatch)]:
    run(name, f)

class BadLen(list):
    def __len__(self):
        raise RuntimeError("no length")

try:
    match BadLen([1]):
        case [x]:
            pass
except RuntimeError as e:
    print("RuntimeError:", e)
