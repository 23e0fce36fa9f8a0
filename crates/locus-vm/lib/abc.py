"""Abstract base classes (PEP 3119), written for Locus.

`ABCMeta` is the metaclass of abstract classes: it computes a class's
`__abstractmethods__` (the interpreter refuses to instantiate a class whose
set is not empty, with CPython's message), lets unrelated classes be
registered as "virtual subclasses" (`register`), and answers `isinstance`
and `issubclass` from the registrations, the `__subclasshook__` of the
class, and the real subclasses, caching the answers.

Differences from CPython: the bookkeeping lives in Python (CPython's lives
in the `_abc` C module), and the caches hold classes strongly (Locus has no
weak references yet; classes live as long as the program anyway).
"""

import _locus

__all__ = [
    "ABCMeta",
    "ABC",
    "abstractmethod",
    "abstractclassmethod",
    "abstractstaticmethod",
    "abstractproperty",
    "get_cache_token",
    "update_abstractmethods",
]


def abstractmethod(funcobj):
    """Marks a method abstract: a class with ABCMeta as metaclass that has
    one cannot be instantiated until a subclass overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A class method that is also abstract (deprecated: use
    `classmethod` over `abstractmethod`)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        # The function itself was stored by the constructor.
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """A static method that is also abstract (deprecated: use
    `staticmethod` over `abstractmethod`)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        # The function itself was stored by the constructor.
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """A property that is also abstract (deprecated: use `property` over
    `abstractmethod`)."""

    __isabstractmethod__ = True


# Bumped by every `register()`: a negative answer cached before the latest
# registration may be stale.
_invalidation_counter = 0


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered with
    any ABC (for callers that cache `isinstance` answers themselves)."""
    return _invalidation_counter


class _ABCData:
    """The per-class state of an ABC: its registered virtual subclasses and
    the positive and negative answers of `__subclasscheck__` so far."""

    __slots__ = ("registry", "cache", "negative_cache", "negative_version")

    def __init__(self):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


def _is_abstract(value):
    return bool(getattr(value, "__isabstractmethod__", False))


def _compute_abstracts(cls, own_items):
    """The names that stay abstract in `cls`: its own abstract attributes
    plus the abstract names of its bases that it does not override."""
    names = {name for name, value in own_items if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if _is_abstract(getattr(cls, name, None)):
                names.add(name)
    return frozenset(names)


def _impl(cls):
    # Each ABC has its own data; a subclass must not see its parent's.
    data = cls.__dict__.get("_abc_impl")
    if data is None:
        data = _ABCData()
        cls._abc_impl = data
    return data


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Classes made with it may declare abstract methods (with
    `abstractmethod`) and may be given virtual subclasses with `register`;
    `isinstance` and `issubclass` treat a virtual subclass as a subclass,
    though it does not appear in the ABC's MRO and inherits nothing.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace.items())
        cls._abc_impl = _ABCData()
        # `__abc_tpflags__` (collections.abc's Sequence and Mapping) makes
        # the class, and what it registers, match sequence or mapping
        # patterns; the entry itself is removed, as in CPython.
        flags = cls.__dict__.get("__abc_tpflags__")
        if flags is not None:
            delattr(cls, "__abc_tpflags__")
            if type(flags) is int:
                _locus.set_collection_flag(cls, flags)
        return cls

    def register(cls, subclass):
        """Registers `subclass` as a virtual subclass of this ABC and
        returns it (so it can be used as a class decorator)."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _impl(cls).registry.add(subclass)
        _invalidation_counter += 1
        flag = _locus.collection_flag(cls)
        if flag:
            _locus.set_collection_flag(subclass, flag)
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls), counting virtual subclasses."""
        data = _impl(cls)
        subclass = instance.__class__
        if subclass in data.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (data.negative_version == _invalidation_counter
                    and subclass in data.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return cls.__subclasscheck__(subclass) or cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls), counting virtual subclasses."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        data = _impl(cls)
        if subclass in data.cache:
            return True
        if data.negative_version < _invalidation_counter:
            data.negative_cache = set()
            data.negative_version = _invalidation_counter
        elif subclass in data.negative_cache:
            return False
        answer = cls.__subclasshook__(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            (data.cache if answer else data.negative_cache).add(subclass)
            return answer
        # A real subclass, a subclass of a registered class, or a subclass
        # of one of our subclasses.
        if cls in getattr(subclass, "__mro__", ()):
            data.cache.add(subclass)
            return True
        for registered in data.registry:
            if issubclass(subclass, registered):
                data.cache.add(subclass)
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                data.cache.add(subclass)
                return True
        data.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debugging aid: prints the ABC's registry and caches."""
        data = _impl(cls)
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {data.registry!r}", file=file)
        print(f"_abc_cache: {data.cache!r}", file=file)
        print(f"_abc_negative_cache: {data.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {data.negative_version!r}",
              file=file)

    def _abc_registry_clear(cls):
        """Forgets the registered virtual subclasses (for tests)."""
        _impl(cls).registry.clear()

    def _abc_caches_clear(cls):
        """Forgets the cached answers (for tests)."""
        data = _impl(cls)
        data.cache.clear()
        data.negative_cache.clear()


def update_abstractmethods(cls):
    """Recomputes `cls.__abstractmethods__` after abstract methods were
    added or implemented after the class was created; returns `cls`.
    Classes whose metaclass is not ABCMeta are returned unchanged."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    cls.__abstractmethods__ = _compute_abstracts(cls, cls.__dict__.items())
    return cls


class ABC(metaclass=ABCMeta):
    """A helper base class: `class C(ABC)` makes C an abstract base class
    without naming the metaclass."""

    __slots__ = ()
