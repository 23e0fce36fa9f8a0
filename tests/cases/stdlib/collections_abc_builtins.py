# Which collections.abc ABCs the builtin types belong to (registrations
# and __subclasshook__), as a table.
import collections.abc as cabc


def gen():
    yield 1


samples = {
    "list": [], "tuple": (), "str": "", "bytes": b"", "bytearray": bytearray(),
    "range": range(1), "dict": {}, "set": set(), "frozenset": frozenset(),
    "dict_keys": {}.keys(), "dict_values": {}.values(), "dict_items": {}.items(),
    "list_iter": iter([]), "dict_iter": iter({}), "generator": gen(),
    "int": 1, "None": None, "function": gen, "builtin": len, "method": [].append,
    "type": int, "memoryview": memoryview(b""),
}
abcs = ["Container", "Hashable", "Iterable", "Iterator", "Reversible",
        "Generator", "Sized", "Callable", "Collection", "Sequence",
        "MutableSequence", "Set", "MutableSet", "Mapping", "MutableMapping",
        "MappingView", "KeysView", "ItemsView", "ValuesView"]
for name, obj in samples.items():
    yes = [a for a in abcs if isinstance(obj, getattr(cabc, a))]
    print(f"{name:12}", " ".join(yes))
print(issubclass(list, cabc.MutableSequence), issubclass(tuple, cabc.MutableSequence))
print(issubclass(dict, cabc.Mapping), issubclass(type({}.keys()), cabc.Set))
print(cabc.Sequence.__module__, cabc.Mapping.__qualname__, repr(cabc.Mapping))
print(cabc.Sequence[int], cabc.Mapping[str, list], cabc.Callable[[int], str])
import _collections_abc
import collections
print(collections.abc is _collections_abc, hash(None) == hash(None))
print(list.__hash__, dict.__hash__, set.__hash__, frozenset.__hash__ is not None)
print(callable(len), hasattr(gen, "__call__"), hasattr([].append, "__call__"))
