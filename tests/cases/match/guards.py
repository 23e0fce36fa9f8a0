# Guards: evaluated after the pattern binds its names; a false guard moves
# on to the next case; the guard may bind names with := and may raise.
def log(msg, value=True):
    print("  guard:", msg)
    return value

def classify(x):
    match x:
        case int(n) if log(f"{n} < 0", n < 0):
            return "negative"
        case int(n) if log(f"{n} == 0", n == 0):
            return "zero"
        case [a, b] if (total := a + b) > 10:
            return f"big pair, total {total}"
        case [a, b]:
            return f"pair a={a} b={b}"
        case str() as s if s:
            return f"text {s}"
        case _ if log("default guard", False):
            return "never"
        case _:
            return "other"

for v in [-5, 0, 7, [5, 6], [1, 2], "hi", "", None]:
    print(repr(v), "->", classify(v))

def guard_raises(x):
    match x:
        case y if 1 / y:
            return "ok"

try:
    guard_raises(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

def loop():
    out = []
    for item in [1, "stop", 2, "skip", 3]:
        match item:
            case "stop" if not out:
                continue
            case "skip":
                continue
            case "stop":
                break
            case n:
                out.append(n)
    return out

print(loop())

def returns_from_case(x):
    try:
        match x:
            case [y, *_] if y:
                return y
            case _:
                return "fallback"
    finally:
        print("  finally")

print(returns_from_case([9, 8]), returns_from_case([]))

def gen(items):
    for item in items:
        match item:
            case (k, v) if (yield k):
                print("  sent truthy for", k)
            case (k, v):
                yield v

g = gen([("a", 1), ("b", 2)])
print(next(g), g.send(True), g.send(None), next(g, "done"))
