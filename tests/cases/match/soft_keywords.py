# `match` and `case` are soft keywords: ordinary names everywhere else.
match = 3
case = [10, 20]
print(match, case)

def match(*args):
    return ("called", args)

print(match(1, 2))
print(match(*case))
print(match[0] if False else "subscript below")

class Obj:
    match = "attr"
    case = "other attr"

print(Obj.match, Obj.case)
match_ = {"match": 1}
print(match_["match"])

m = [5]
match = m
print(match[0], match * 2)
match, case = case, match
print(match, case)

def _():
    return "underscore function"

print(_())

# A match statement whose subject is named `match`, with a `case` capture.
match = {"case": 1}
match match:
    case {"case": case}:
        print("case is", case)

match -1:
    case -1:
        print("negative subject")

match (1, 2), 3:
    case ((a, b), c):
        print("tuple subject without parentheses:", a, b, c)

match [1], *[2, 3]:
    case ([x], *rest):
        print("starred subject:", x, rest)
