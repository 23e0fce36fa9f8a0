# Run-time errors of class patterns (TypeError), raised only when the case
# is tried.
class NoArgs:
    pass

class ListArgs:
    __match_args__ = ["a"]
    a = 1

class IntArgs:
    __match_args__ = (1,)

class Dup:
    __match_args__ = ("a", "b")
    a = 1
    b = 2

class StrSub(str):
    pass

class SubArgs:
    __match_args__ = (StrSub("a"),)
    a = 1

not_a_class = len

def attempt(label, subject, f):
    try:
        print(label, "->", f(subject))
    except TypeError as e:
        print(label, "-> TypeError:", e)

def call_non_class(s):
    match s:
        case not_a_class():
            return "matched"

def too_many(s):
    match s:
        case NoArgs(x):
            return x

def too_many_two(s):
    match s:
        case Dup(x, y, z):
            return x

def self_match_two(s):
    match s:
        case int(x, y):
            return x

def not_tuple(s):
    match s:
        case ListArgs(x):
            return x

def not_str(s):
    match s:
        case IntArgs(x):
            return x

def str_subclass(s):
    match s:
        case SubArgs(x):
            return x

def repeated(s):
    match s:
        case Dup(x, a=y):
            return x

def repeated_second(s):
    match s:
        case Dup(x, y, b=z):
            return x

attempt("non-class", 1, call_non_class)
attempt("too many", NoArgs(), too_many)
attempt("too many (2 allowed)", Dup(), too_many_two)
attempt("self-matching int", 3, self_match_two)
attempt("__match_args__ list", ListArgs(), not_tuple)
attempt("__match_args__ int item", IntArgs(), not_str)
attempt("__match_args__ str subclass", SubArgs(), str_subclass)
attempt("repeated attribute", Dup(), repeated)
attempt("repeated second", Dup(), repeated_second)
# The isinstance check comes first: no error for other subjects.
attempt("too many, other subject", "text", too_many)
attempt("repeated, other subject", None, repeated)

# An uncaught one, for the traceback's last line.
match 5:
    case int(a, b):
        pass
