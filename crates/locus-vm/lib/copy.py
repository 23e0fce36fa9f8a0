"""Shallow and deep copy operations, written for Locus.

    copy.copy(x)             a shallow copy of x
    copy.deepcopy(x[, memo]) a deep copy of x
    copy.replace(x, **kw)    a copy of x with some fields changed

A class controls its copies with `__copy__()` and `__deepcopy__(memo)`;
otherwise the copy is rebuilt from the object's reduction (what pickle
uses): `copyreg.dispatch_table`, then `__reduce_ex__(4)`. Objects that
cannot be pickled cannot be copied either ("cannot pickle 'frame'
object"). Immutable builtins, classes and functions are their own copies.

`deepcopy` keeps a memo, keyed by `id()`, of what it has copied, so
shared and cyclic references are copied once and stay shared and cyclic.
"""

import copyreg

__all__ = ["Error", "copy", "deepcopy", "replace"]


class Error(Exception):
    pass


error = Error  # the old name


def _identity(x, memo=None):
    return x


def _builtin_function_type():
    return type(len)


def _function_type():
    return type(_identity)


def _code_type():
    return type(_identity.__code__)


# Types whose instances are their own copies (shallow and deep).
_ATOMIC = (
    type(None), int, float, bool, complex, str, bytes, type, range,
    type(...), type(NotImplemented), property, _builtin_function_type(),
    _function_type(), _code_type(),
)

_copy_dispatch = {t: _identity for t in _ATOMIC}
_copy_dispatch[tuple] = _identity
_copy_dispatch[frozenset] = _identity
_copy_dispatch[slice] = _identity
_copy_dispatch[list] = list.copy
_copy_dispatch[dict] = dict.copy
_copy_dispatch[set] = set.copy
_copy_dispatch[bytearray] = bytearray.copy


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduction(x, cls, kind):
    """The reduction of x (a tuple, or a str naming a global)."""
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error(f"un({kind})copyable object of type {cls}")


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # A copy that is a new object is remembered, and the original is kept
    # alive by the memo so that its id cannot be reused meanwhile.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for item in x:
        y.append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A tuple may have been copied while copying its items (a cycle
    # through a mutable object).
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(x, y):
        if a is not b:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {t: _identity for t in _ATOMIC}
_deepcopy_dispatch[list] = _deepcopy_list
_deepcopy_dispatch[tuple] = _deepcopy_tuple
_deepcopy_dispatch[dict] = _deepcopy_dict


class _Probe:
    def method(self):
        pass


_deepcopy_dispatch[type(_Probe().method)] = _deepcopy_method
del _Probe


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    """Rebuilds an object from its reduction: `func(*args)`, then the
    state (`__setstate__`, or the instance dict and slots), then the
    list items and dict items. With a memo, everything is deep-copied."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """Returns a new object replacing specified fields with new values.

    Useful for immutable objects such as named tuples and frozen
    dataclasses (whose classes define `__replace__`)."""
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
