"""Thread-local data: `local` objects whose attributes each thread sees
separately (`threading.local`).

Locus's own implementation, in Python. Each `local` keeps one attribute
dict per thread, keyed by `_thread.get_ident()` (Locus never reuses an
ident, so a new thread cannot find a finished thread's dict). A thread's
first access makes its dict and, for a subclass with an `__init__`, calls
it with the arguments the object was created with, as CPython does.
Lookups go through the class first for data descriptors (properties),
then the thread's dict, then the class (methods and other attributes).

Difference from CPython: the dict of a finished thread is kept until the
`local` object itself goes away (docs/divergences.md).
"""

__all__ = ["local"]


def _get_ident():
    # `_thread` takes `local` from this module while it is being made, so
    # it is imported at the first call, not here.
    global _get_ident
    from _thread import get_ident

    _get_ident = get_ident
    return get_ident()

_getattribute = object.__getattribute__
_setattr = object.__setattr__


def _thread_dict(self):
    """The calling thread's attribute dict of `self`, made on first use."""
    dicts = _getattribute(self, "_local__dicts")
    ident = _get_ident()
    d = dicts.get(ident)
    if d is None:
        d = dicts[ident] = {}
        args, kwargs = _getattribute(self, "_local__args")
        init = type(self).__init__
        if init is not object.__init__:
            init(self, *args, **kwargs)
    return d


def _data_descriptor(cls, name):
    """The data descriptor (a property, a slot) `name` of `cls`, or None."""
    for base in cls.__mro__:
        namespace = base.__dict__
        if name in namespace:
            attr = namespace[name]
            kind = type(attr)
            if hasattr(kind, "__set__") or hasattr(kind, "__delete__"):
                return attr
            return None
    return None


class local:
    """An object whose attributes are separate in every thread."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        _setattr(self, "_local__args", (args, kwargs))
        # The creating thread's dict exists at once: its `__init__` runs
        # now, through the normal construction.
        _setattr(self, "_local__dicts", {_get_ident(): {}})
        return self

    def __getattribute__(self, name):
        if name in ("_local__dicts", "_local__args"):
            return _getattribute(self, name)
        d = _thread_dict(self)
        if name == "__dict__":
            return d
        if name in d and _data_descriptor(type(self), name) is None:
            return d[name]
        try:
            return _getattribute(self, name)
        except AttributeError:
            pass
        raise AttributeError(
            f"'{type(self).__name__}' object has no attribute '{name}'"
        )

    def __setattr__(self, name, value):
        if name == "__dict__":
            raise AttributeError(
                f"'{type(self).__name__}' object attribute '__dict__' is read-only"
            )
        d = _thread_dict(self)
        descriptor = _data_descriptor(type(self), name)
        if descriptor is not None:
            _setattr(self, name, value)
        else:
            d[name] = value

    def __delattr__(self, name):
        if name == "__dict__":
            raise AttributeError(
                f"'{type(self).__name__}' object attribute '__dict__' is read-only"
            )
        d = _thread_dict(self)
        if _data_descriptor(type(self), name) is not None:
            object.__delattr__(self, name)
            return
        try:
            del d[name]
        except KeyError:
            raise AttributeError(name) from None
