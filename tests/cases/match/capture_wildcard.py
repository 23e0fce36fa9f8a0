# Capture patterns, wildcards, groups and `as`: what is bound, where, and when.
def f(x):
    match x:
        case [a, (b)] if b > 10:
            return f"big pair {a} {b}"
        case [_, _]:
            # The names of the failed guard's case stay bound.
            return f"pair, a={a} b={b}"
        case (1 | 2) as small:
            return f"small {small}"
        case [[c, d] as inner, *_] as outer:
            return f"nested {c} {d} {inner} {outer}"
        case other:
            return f"other {other!r}"

for v in [[1, 20], [1, 2], 2, [[3, 4], 5, 6], "x", [[1], 2, 3]]:
    print(f(v))

def no_partial_binding():
    match [1, 2, 3]:
        case [p, q, 4]:
            pass
        case _:
            pass
    try:
        print(p)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

no_partial_binding()

# Module level: captures are globals.
match {"k": [1, 2]}:
    case {"k": [first, *rest]}:
        print("module:", first, rest, "first" in globals())

class C:
    match (1, 2):
        case (x, y):
            pass
print("class body:", C.x, C.y)

def closure():
    match 5:
        case n:
            pass
    return lambda: n

print("closure:", closure()())

def uses_global():
    global g
    match "g":
        case g:
            pass

uses_global()
print("global:", g)

match 42:
    case _:
        print("a lone wildcard matches anything")
print("_" in globals())
