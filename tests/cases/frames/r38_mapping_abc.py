# R38: a FrameLocalsProxy is a collections.abc.Mapping (registered in
# _collections_abc), not a MutableMapping and not a dict.
import sys
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping


def f():
    x = 1
    y = [2]
    p = sys._getframe().f_locals
    P = type(p)
    print(P.__name__, isinstance(p, Mapping), isinstance(p, MutableMapping), isinstance(p, dict))
    print(issubclass(P, Mapping), issubclass(P, MutableMapping), issubclass(P, dict))
    print(issubclass(P, cabc.Collection), issubclass(P, cabc.Sized), issubclass(P, cabc.Container))
    print(isinstance(p, cabc.Iterable), isinstance(p, cabc.Reversible), isinstance(p, cabc.Hashable))
    print(isinstance(p, cabc.Sequence), isinstance(p, cabc.Set), isinstance(p, (dict, Mapping)))
    # The Mapping mixins agree with the proxy's own methods.
    print(Mapping.get(p, "x"), Mapping.__contains__(p, "y"), Mapping.__eq__(p, dict(p)))
    print(sorted(Mapping.keys(p)), len(Mapping.values(p)))
    # The mapping flag: mapping patterns match, sequence patterns do not.
    match p:
        case {"x": v, **rest}:
            print("mapping pattern", v, sorted(rest))
    match p:
        case [*_]:
            print("sequence pattern")
        case _:
            print("not a sequence")


f()


def g():
    a = 1

    def inner():
        return a

    p = sys._getframe().f_locals
    return isinstance(p, Mapping), isinstance(p, MutableMapping), inner()


print(g())
print(type(sys._getframe().f_locals) is dict, isinstance(sys._getframe().f_locals, MutableMapping))
print(cabc is sys.modules["_collections_abc"], Mapping.__module__)
