"""Serialization of Python objects (`dumps`/`loads`, `dump`/`load`),
written for Locus.

The semantics are CPython's: builtin values are written directly; classes
and functions by reference (module and qualified name, looked up again on
loading); other objects through their reduction (`copyreg.dispatch_table`,
`__reduce_ex__(protocol)`, `__reduce__`), so `__getstate__`,
`__setstate__`, `__getnewargs_ex__` and `__reduce__` work as documented.
Shared and recursive references are preserved through a memo. Objects that
have no reduction are refused: `pickle.dumps(sys._getframe())` raises
"TypeError: cannot pickle 'frame' object" (from `object.__reduce_ex__`).

The byte format is Locus's own and is NOT CPython's: Locus reads only
what Locus wrote (see docs/divergences.md). A pickle is `PROTO n`, a
stream of one-byte opcodes for a small stack machine, and `STOP`:

    \\x80 n       PROTO: the protocol the data was written with
    N T F         None, True, False
    I <len> b     int: <len> little-endian signed bytes
    G <len> s     float: float.hex() text
    J <len> s <len> s   complex: real and imaginary parts as float.hex()
    S <len> s     str (UTF-8);  B <len> b  bytes;  A <len> b  bytearray
    ( t           MARK, TUPLE (the items since the mark)
    ] a e         EMPTY_LIST, APPEND, APPENDS (since the mark)
    } s u         EMPTY_DICT, SETITEM, SETITEMS (pairs since the mark)
    E U           EMPTY_SET, ADDITEMS (since the mark)
    Z             FROZENSET (the items since the mark)
    c <len> s <len> s   GLOBAL: module and qualified name
    R             REDUCE: callable, args -> callable(*args)
    b             BUILD: obj, state -> set the state
    Q             PERSID: the object persistent_load(pid) gives
    p <n> g <n>   memo PUT and GET (n: 4 bytes)
    0 1           POP, POP_MARK (discard the items since the mark)
    .             STOP

where <len> and <n> are 4-byte little-endian unsigned integers.
"""

import sys
import copyreg
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads",
           "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method."""


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an
    object, such as a security violation."""


# Opcodes (one byte each).
PROTO = b"\x80"
STOP = b"."
NONE = b"N"
TRUE = b"T"
FALSE = b"F"
INT = b"I"
FLOAT = b"G"
COMPLEX = b"J"
STR = b"S"
BYTES = b"B"
BYTEARRAY = b"A"
MARK = b"("
TUPLE = b"t"
EMPTY_LIST = b"]"
APPEND = b"a"
APPENDS = b"e"
EMPTY_DICT = b"}"
SETITEM = b"s"
SETITEMS = b"u"
EMPTY_SET = b"E"
ADDITEMS = b"U"
FROZENSET = b"Z"
GLOBAL = b"c"
REDUCE = b"R"
BUILD = b"b"
PERSID = b"Q"
PUT = b"p"
GET = b"g"
POP = b"0"
POP_MARK = b"1"

_BATCHSIZE = 1000


def _u32(n):
    return n.to_bytes(4, "little")


def _sized(data):
    return _u32(len(data)) + data


def _type_name(obj):
    return type(obj).__name__


def _function_types():
    def f():
        pass
    return (type(f), type(len))


_FUNCTION_TYPES = _function_types()


# ---------------------------------------------------------------------------
# Pickling
# ---------------------------------------------------------------------------

def _lookup_dotted(obj, qualname):
    for part in qualname.split("."):
        if part == "<locals>":
            raise AttributeError(f"Can't get local object {qualname!r}")
        obj = getattr(obj, part)
    return obj


def whichmodule(obj, name):
    """The name of the module `obj` (whose qualified name is `name`) can be
    found in."""
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in list(sys.modules.items()):
        if module_name == "__main__" or module is None:
            continue
        try:
            if _lookup_dotted(module, name) is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


class Pickler:
    """Writes pickles of objects to a binary file (`file.write(bytes)`)."""

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.proto = int(protocol)
        self.fast = 0
        self._check_pid = True
        self.memo = {}
        self._out = []

    def clear_memo(self):
        """Forgets the objects already written (later references to them
        are written again in full)."""
        self.memo.clear()

    def dump(self, obj):
        """Writes a pickle of obj to the file."""
        # Calling persistent_id for every object costs a Python call; skip
        # it when nobody overrode it.
        self._check_pid = (type(self).persistent_id is not Pickler.persistent_id
                           or "persistent_id" in self.__dict__)
        out = self._out = []
        out.append(PROTO + bytes([self.proto]))
        self.save(obj)
        out.append(STOP)
        self._file_write(b"".join(out))
        self._out = []

    def persistent_id(self, obj):
        """Overridable: a non-None result is written instead of obj."""
        return None

    def _memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self._out.append(PUT + _u32(index))
        self.memo[id(obj)] = (index, obj)

    def save(self, obj, save_persistent_id=True):
        write = self._out.append
        if save_persistent_id and self._check_pid:
            pid = self.persistent_id(obj)
            if pid is not None:
                self.save(pid, save_persistent_id=False)
                write(PERSID)
                return
        entry = self.memo.get(id(obj))
        if entry is not None:
            write(GET + _u32(entry[0]))
            return
        t = type(obj)
        method = self._dispatch.get(t)
        if method is not None:
            method(self, obj)
            return
        reduce = getattr(self, "dispatch_table", dispatch_table).get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type) or t in _FUNCTION_TYPES:
            self.save_global(obj)
            return
        else:
            reduce = getattr(obj, "__reduce_ex__", None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce is None:
                    raise PicklingError(
                        f"Can't pickle {_type_name(obj)!r} object: {obj!r}")
                rv = reduce()
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        """Writes `func(*args)`, then the state and the items."""
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        write = self._out.append
        self.save(func)
        self.save(args)
        write(REDUCE)
        if obj is not None:
            # The arguments may have referred to obj (a cycle): use the
            # object they made.
            entry = self.memo.get(id(obj))
            if entry is not None:
                write(POP + GET + _u32(entry[0]))
            else:
                self._memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                write(BUILD)
            else:
                # state_setter(obj, state), result discarded.
                self.save(state_setter)
                write(MARK)
                self.save(obj)
                self.save(state)
                write(TUPLE + REDUCE + POP)

    # -- builtin values ----------------------------------------------------

    def save_none(self, obj):
        self._out.append(NONE)

    def save_bool(self, obj):
        self._out.append(TRUE if obj else FALSE)

    def save_int(self, obj):
        size = (obj.bit_length() + 8) // 8
        self._out.append(INT + _sized(obj.to_bytes(size, "little", signed=True)))

    def save_float(self, obj):
        self._out.append(FLOAT + _sized(obj.hex().encode("ascii")))

    def save_complex(self, obj):
        self._out.append(COMPLEX + _sized(obj.real.hex().encode("ascii"))
                         + _sized(obj.imag.hex().encode("ascii")))

    def save_str(self, obj):
        self._out.append(STR + _sized(obj.encode("utf-8")))
        self._memoize(obj)

    def save_bytes(self, obj):
        self._out.append(BYTES + _sized(obj))
        self._memoize(obj)

    def save_bytearray(self, obj):
        self._out.append(BYTEARRAY + _sized(bytes(obj)))
        self._memoize(obj)

    def save_tuple(self, obj):
        write = self._out.append
        write(MARK)
        for item in obj:
            self.save(item)
        entry = self.memo.get(id(obj))
        if entry is not None:
            # A recursive tuple: saving the items saved the tuple itself.
            write(POP_MARK + GET + _u32(entry[0]))
            return
        write(TUPLE)
        self._memoize(obj)

    def save_list(self, obj):
        self._out.append(EMPTY_LIST)
        self._memoize(obj)
        self._batch_appends(obj)

    def _batch_appends(self, items):
        self._in_batches(items, self._write_appends)

    def _in_batches(self, items, write_batch):
        """Hand `items` to `write_batch` in lists of at most _BATCHSIZE."""
        batch = []
        for item in items:
            batch.append(item)
            if len(batch) == _BATCHSIZE:
                write_batch(batch)
                batch = []
        if batch:
            write_batch(batch)

    def _write_appends(self, batch):
        write = self._out.append
        if len(batch) == 1:
            self.save(batch[0])
            write(APPEND)
            return
        write(MARK)
        for item in batch:
            self.save(item)
        write(APPENDS)

    def save_dict(self, obj):
        self._out.append(EMPTY_DICT)
        self._memoize(obj)
        self._batch_setitems(obj.items())

    def _batch_setitems(self, items):
        self._in_batches(items, self._write_setitems)

    def _write_setitems(self, batch):
        write = self._out.append
        if len(batch) == 1:
            key, value = batch[0]
            self.save(key)
            self.save(value)
            write(SETITEM)
            return
        write(MARK)
        for key, value in batch:
            self.save(key)
            self.save(value)
        write(SETITEMS)

    def save_set(self, obj):
        write = self._out.append
        write(EMPTY_SET)
        self._memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCHSIZE):
            write(MARK)
            for item in items[start:start + _BATCHSIZE]:
                self.save(item)
            write(ADDITEMS)

    def save_frozenset(self, obj):
        write = self._out.append
        write(MARK)
        for item in obj:
            self.save(item)
        entry = self.memo.get(id(obj))
        if entry is not None:
            write(POP_MARK + GET + _u32(entry[0]))
            return
        write(FROZENSET)
        self._memoize(obj)

    def save_global(self, obj, name=None):
        """Writes a reference to obj: its module and qualified name, checked
        to lead back to obj."""
        if name is None:
            name = getattr(obj, "__qualname__", None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError(f"Can't pickle {obj!r}: import of module "
                                f"{module_name!r} failed") from None
        try:
            found = _lookup_dotted(module, name)
        except AttributeError as exc:
            if "<locals>" in name.split("."):
                raise
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup "
                                f"{name} on {module_name} failed") from exc
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same "
                                f"object as {module_name}.{name}")
        self._out.append(GLOBAL + _sized(module_name.encode("utf-8"))
                         + _sized(name.encode("utf-8")))
        self._memoize(obj)

    _dispatch = {
        type(None): save_none,
        bool: save_bool,
        int: save_int,
        float: save_float,
        complex: save_complex,
        str: save_str,
        bytes: save_bytes,
        bytearray: save_bytearray,
        tuple: save_tuple,
        list: save_list,
        dict: save_dict,
        set: save_set,
        frozenset: save_frozenset,
    }


# ---------------------------------------------------------------------------
# Unpickling
# ---------------------------------------------------------------------------

class _Mark:
    __slots__ = ()


_MARK = _Mark()


class Unpickler:
    """Reads pickles from a binary file (`file.read(n)`)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=()):
        try:
            self._file_read = file.read
            self._file_readline = file.readline
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' "
                            "attributes") from None
        self.memo = {}

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered, but no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        """The object `module.name` (a dotted name inside the module)."""
        __import__(module)
        return _lookup_dotted(sys.modules[module], name)

    def _read(self, n):
        data = self._file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_sized(self):
        return self._read(int.from_bytes(self._read(4), "little"))

    def _pop_mark(self):
        stack = self._stack
        for i in range(len(stack) - 1, -1, -1):
            if stack[i] is _MARK:
                items = stack[i + 1:]
                del stack[i:]
                return items
        raise UnpicklingError("could not find MARK")

    def load(self):
        """Reads one pickle from the file and returns the object."""
        first = self._file_read(1)
        if not first:
            raise EOFError("Ran out of input")
        if first != PROTO:
            raise UnpicklingError(f"invalid load key, {chr(first[0])!r}.")
        proto = self._file_read(1)
        if not proto:
            raise EOFError("Ran out of input")
        if proto[0] > HIGHEST_PROTOCOL:
            raise ValueError(f"unsupported pickle protocol: {proto[0]}")
        self._stack = stack = []
        read = self._file_read
        while True:
            key = read(1)
            if not key:
                raise EOFError("Ran out of input")
            if key == STOP:
                if len(stack) != 1:
                    raise UnpicklingError("unexpected stack contents at STOP")
                value = stack.pop()
                self._stack = []
                return value
            op = self._ops.get(key)
            if op is None:
                raise UnpicklingError(f"invalid load key, {chr(key[0])!r}.")
            try:
                op(self)
            except IndexError:
                raise UnpicklingError("unpickling stack underflow") from None

    def _top(self):
        value = self._stack[-1]
        if value is _MARK:
            raise UnpicklingError("unexpected MARK")
        return value

    def _pop(self):
        value = self._stack.pop()
        if value is _MARK:
            raise UnpicklingError("unexpected MARK")
        return value

    def load_none(self):
        self._stack.append(None)

    def load_true(self):
        self._stack.append(True)

    def load_false(self):
        self._stack.append(False)

    def load_int(self):
        self._stack.append(int.from_bytes(self._read_sized(), "little",
                                          signed=True))

    def load_float(self):
        self._stack.append(float.fromhex(self._read_sized().decode("ascii")))

    def load_complex(self):
        real = float.fromhex(self._read_sized().decode("ascii"))
        imag = float.fromhex(self._read_sized().decode("ascii"))
        self._stack.append(complex(real, imag))

    def load_str(self):
        self._stack.append(self._read_sized().decode("utf-8"))

    def load_bytes(self):
        self._stack.append(bytes(self._read_sized()))

    def load_bytearray(self):
        self._stack.append(bytearray(self._read_sized()))

    def load_mark(self):
        self._stack.append(_MARK)

    def load_tuple(self):
        self._stack.append(tuple(self._pop_mark()))

    def load_empty_list(self):
        self._stack.append([])

    def load_append(self):
        value = self._pop()
        self._top().append(value)

    def load_appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            extend = getattr(target, "extend", None)
            if extend is not None:
                extend(items)
            else:
                for item in items:
                    target.append(item)

    def load_empty_dict(self):
        self._stack.append({})

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def load_setitems(self):
        items = self._pop_mark()
        target = self._top()
        for i in range(0, len(items) - 1, 2):
            target[items[i]] = items[i + 1]

    def load_empty_set(self):
        self._stack.append(set())

    def load_additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def load_frozenset(self):
        self._stack.append(frozenset(self._pop_mark()))

    def load_global(self):
        module = self._read_sized().decode("utf-8")
        name = self._read_sized().decode("utf-8")
        self._stack.append(self.find_class(module, name))

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        self._stack.append(func(*args))

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for key, value in state.items():
                if type(key) is str:
                    key = sys.intern(key)
                inst_dict[key] = value
        if slotstate:
            for key, value in slotstate.items():
                setattr(inst, key, value)

    def load_persid(self):
        pid = self._pop()
        self._stack.append(self.persistent_load(pid))

    def load_put(self):
        index = int.from_bytes(self._read(4), "little")
        self.memo[index] = self._top()

    def load_get(self):
        index = int.from_bytes(self._read(4), "little")
        try:
            self._stack.append(self.memo[index])
        except KeyError:
            raise UnpicklingError(f"Memo value not found at index {index}") from None

    def load_pop(self):
        self._stack.pop()

    def load_pop_mark(self):
        self._pop_mark()

    _ops = {
        NONE: load_none, TRUE: load_true, FALSE: load_false,
        INT: load_int, FLOAT: load_float, COMPLEX: load_complex,
        STR: load_str, BYTES: load_bytes, BYTEARRAY: load_bytearray,
        MARK: load_mark, TUPLE: load_tuple,
        EMPTY_LIST: load_empty_list, APPEND: load_append,
        APPENDS: load_appends, EMPTY_DICT: load_empty_dict,
        SETITEM: load_setitem, SETITEMS: load_setitems,
        EMPTY_SET: load_empty_set, ADDITEMS: load_additems,
        FROZENSET: load_frozenset, GLOBAL: load_global,
        REDUCE: load_reduce, BUILD: load_build, PERSID: load_persid,
        PUT: load_put, GET: load_get, POP: load_pop,
        POP_MARK: load_pop_mark,
    }


# ---------------------------------------------------------------------------
# The functions
# ---------------------------------------------------------------------------

class _BytesSink:
    __slots__ = ("data",)

    def __init__(self):
        self.data = b""

    def write(self, data):
        self.data += data


class _BytesSource:
    __slots__ = ("data", "pos")

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        start = self.pos
        self.pos = start + n
        return self.data[start:start + n]

    def readline(self):
        start = self.pos
        end = self.data.find(b"\n", start)
        self.pos = len(self.data) if end < 0 else end + 1
        return self.data[start:self.pos]


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes a pickle of obj to the open binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj as a bytes object."""
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return sink.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=()):
    """Reads a pickle from the open binary file and returns the object."""
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=()):
    """The object a pickle (bytes-like) describes."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"a bytes-like object is required, not "
                        f"'{type(data).__name__}'")
    return Unpickler(_BytesSource(bytes(data)), fix_imports=fix_imports,
                     encoding=encoding, errors=errors, buffers=buffers).load()
