"""Support for `pickle` and `copy`, written for Locus.

- `dispatch_table` and `pickle()`: reduction functions registered per class
  (used before an object's own `__reduce_ex__`);
- `__newobj__`, `__newobj_ex__`: the constructors named by the reductions
  `object.__reduce_ex__` makes for protocol 2 and up;
- `_reconstructor`, `_reduce_ex`: the reduction of protocols 0 and 1;
- `_slotnames`: the names of a class's `__slots__`.

`object.__reduce_ex__` itself is in the interpreter (it decides which
objects cannot be pickled at all: "cannot pickle 'frame' object").
"""

import _locus

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function(obj)` as the reduction of instances of
    `ob_type` (for pickle and copy)."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Checks that `object` can serve as a constructor (is callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def __newobj__(cls, *args):
    """Creates an instance of `cls` without calling `__init__`."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like `__newobj__`, with keyword arguments for `__new__`."""
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    """Protocol 0/1 constructor: an instance of `cls` made by its nearest
    builtin base `base` from `state`."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _nearest_builtin_base(cls):
    for base in cls.__mro__:
        if _locus.is_builtin_class(base):
            return base
    return object


def _reduce_ex(self, proto):
    """The reduction of protocols 0 and 1 (`object.__reduce__`):
    `(_reconstructor, (cls, base, base_state), state)`, where `base` is the
    nearest builtin base class and `base_state` the object converted to
    it (None for `object`)."""
    cls = self.__class__
    base = _nearest_builtin_base(cls)
    if base is object:
        base_state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        base_state = base(self)
    args = (cls, base, base_state)
    try:
        getstate = self.__getstate__
    except AttributeError:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            "a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            state = self.__dict__
        except AttributeError:
            state = None
    else:
        if (type(self).__getstate__ is object.__getstate__
                and getattr(self, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        state = getstate()
    if state:
        return _reconstructor, args, state
    return _reconstructor, args


def _slotnames(cls):
    """The names of the slots of `cls` and its bases (without `__dict__`
    and `__weakref__`), private names mangled; cached in
    `cls.__slotnames__`."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = f"_{stripped}{name}"
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


# The extension registry of protocol 2 (codes for common classes). Locus's
# pickle format does not use it, but the API is kept for code that
# registers extensions.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Registers an extension code for `module.name`."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code "
                         f"{_extension_registry[key]}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key "
                         f"{_inverted_registry[code]}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code (for tests)."""
    key = (module, name)
    if (_extension_registry.get(key) != code
            or _inverted_registry.get(code) != key):
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
