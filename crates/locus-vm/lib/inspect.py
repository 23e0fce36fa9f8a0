"""Get information about live objects: frames, code, functions, classes.

The subset of CPython's inspect that debuggers and tools use most: the
type predicates (ismodule, isfunction, ...), the call stack as FrameInfo
records (currentframe, stack, getouterframes, getframeinfo, trace,
getinnerframes), the arguments of a frame (getargvalues), where an object
was defined (getmodule, getfile, getsourcefile) and its source
(getsourcelines, getsource, findsource). signature() is not provided.
"""

import sys
import linecache

__all__ = [
    "ArgInfo", "FrameInfo", "Traceback",
    "currentframe", "stack", "trace", "getouterframes", "getinnerframes",
    "getframeinfo", "getlineno", "getargvalues", "formatargvalues",
    "getmodule", "getfile", "getsourcefile", "findsource",
    "getsourcelines", "getsource", "getblock", "indentsize", "unwrap",
    "ismodule", "isclass", "ismethod", "isfunction", "isgeneratorfunction",
    "isgenerator", "iscoroutinefunction", "iscoroutine",
    "isasyncgenfunction", "isasyncgen", "isawaitable", "isframe", "iscode",
    "isbuiltin", "ismethoddescriptor", "isdatadescriptor", "isroutine",
    "istraceback", "isabstract", "markcoroutinefunction",
    "CO_OPTIMIZED", "CO_NEWLOCALS", "CO_VARARGS", "CO_VARKEYWORDS",
    "CO_NESTED", "CO_GENERATOR", "CO_NOFREE", "CO_COROUTINE",
    "CO_ITERABLE_COROUTINE", "CO_ASYNC_GENERATOR",
]

# Code flags (the values of CPython's co_flags bits).
CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200


# --- The types, taken from live objects (there is no `types` module) -------

def _function():
    pass


class _Class:
    def _method(self):
        pass


def _generator():
    yield


def _traceback_type():
    try:
        raise Exception
    except Exception as e:
        return type(e.__traceback__)


_FunctionType = type(_function)
_MethodType = type(_Class()._method)
_BuiltinFunctionType = type(len)
_ModuleType = type(sys)
_CodeType = type(_function.__code__)
_FrameType = type(sys._getframe())
_GeneratorType = type(_generator())
_TracebackType = _traceback_type()
del _function, _Class, _generator, _traceback_type


# --- Small named tuples (there is no `collections` module) -----------------

def _field(index, doc):
    return property(lambda self: self[index], doc=doc)


def _named_tuple(name, fields, module="inspect"):
    """A tuple class with named fields, like collections.namedtuple."""
    fields = tuple(fields.split())

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > len(fields):
            raise TypeError(f"{name}.__new__() takes {len(fields) + 1} positional "
                            f"arguments but {len(values) + 1} were given")
        for field in fields[len(values):]:
            if field not in kwargs:
                raise TypeError(f"{name}.__new__() missing required argument: {field!r}")
            values.append(kwargs.pop(field))
        if kwargs:
            bad = next(iter(kwargs))
            raise TypeError(f"{name}.__new__() got an unexpected keyword argument {bad!r}")
        return tuple.__new__(cls, values)

    def __repr__(self):
        inner = ", ".join(f"{f}={v!r}" for f, v in zip(fields, self))
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **changes):
        values = [changes.pop(f, v) for f, v in zip(fields, self)]
        if changes:
            raise ValueError(f"Got unexpected field names: {list(changes)!r}")
        return type(self)(*values)

    def _make(cls, iterable):
        return cls(*iterable)

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        "__module__": module,
        "__qualname__": name,
        "__doc__": f"{name}({', '.join(fields)})",
        "__slots__": (),
        "_fields": fields,
        "__match_args__": fields,
        "__new__": __new__,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "_replace": _replace,
        "_make": classmethod(_make),
        "__getnewargs__": __getnewargs__,
    }
    for i, f in enumerate(fields):
        namespace[f] = _field(i, f"Alias for field number {i}")
    return type(name, (tuple,), namespace)


ArgInfo = _named_tuple("ArgInfo", "args varargs keywords locals")
Arguments = _named_tuple("Arguments", "args varargs varkw")
Positions = _named_tuple("Positions", "lineno end_lineno col_offset end_col_offset", "dis")

_Traceback = _named_tuple("_Traceback", "filename lineno function code_context index")


class Traceback(_Traceback):
    """Where a frame or traceback entry is: file, line, function, context.

    A 5-tuple (filename, lineno, function, code_context, index) with one
    more attribute, positions (a Positions of the instruction).
    """

    def __new__(cls, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("Traceback(filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


_FrameInfo = _named_tuple("_FrameInfo", "frame filename lineno function code_context index")


class FrameInfo(_FrameInfo):
    """One frame of a stack: the frame object and its Traceback fields.

    A 6-tuple (frame, filename, lineno, function, code_context, index)
    with one more attribute, positions.
    """

    def __new__(cls, frame, filename, lineno, function, code_context, index, *, positions=None):
        instance = super().__new__(cls, frame, filename, lineno, function, code_context, index)
        instance.positions = positions
        return instance

    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, "
                "code_context={!r}, index={!r}, positions={!r})".format(
                    self.frame, self.filename, self.lineno, self.function,
                    self.code_context, self.index, self.positions))


# --- Predicates -----------------------------------------------------------

def ismodule(object):
    """Whether the object is a module."""
    return isinstance(object, _ModuleType)


def isclass(object):
    """Whether the object is a class."""
    return isinstance(object, type)


def _is_bound_builtin(object):
    # Locus represents a builtin method bound to its object ([].append) as
    # a `method` whose __func__ is the builtin; CPython has a separate type.
    return isinstance(object, _MethodType) and isinstance(object.__func__, _BuiltinFunctionType)


def ismethod(object):
    """Whether the object is a bound method written in Python."""
    return isinstance(object, _MethodType) and not _is_bound_builtin(object)


def isfunction(object):
    """Whether the object is a Python function (including a lambda)."""
    return isinstance(object, _FunctionType)


def isbuiltin(object):
    """Whether the object is a built-in function or a bound built-in method."""
    return isinstance(object, _BuiltinFunctionType) or _is_bound_builtin(object)


def ismethoddescriptor(object):
    """Whether the object is a method descriptor (has __get__, no __set__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return (hasattr(tp, "__get__") and not hasattr(tp, "__set__")
            and not hasattr(tp, "__delete__"))


def isdatadescriptor(object):
    """Whether the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def isroutine(object):
    """Whether the object is a function or method, built-in or not."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object))


def _unwrap_for_flags(f):
    while ismethod(f):
        f = f.__func__
    # functools.partial objects keep the wrapped callable in `func`.
    while type(f).__name__ == "partial" and hasattr(f, "func"):
        f = f.func
    return f


def _has_code_flag(f, flag):
    f = _unwrap_for_flags(f)
    if not isfunction(f):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Whether the object is a Python generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Mark a function so that iscoroutinefunction() returns True for it."""
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    """Whether the object is a coroutine function (async def, or marked)."""
    if _has_code_flag(obj, CO_COROUTINE):
        return True
    f = _unwrap_for_flags(obj)
    return getattr(f, "_is_coroutine_marker", None) is _is_coroutine_mark


def isasyncgenfunction(obj):
    """Whether the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(object):
    """Whether the object is a generator."""
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    """Whether the object is a coroutine (Locus has no coroutines yet: False)."""
    return False


def isasyncgen(object):
    """Whether the object is an asynchronous generator (none in Locus yet: False)."""
    return False


def isawaitable(object):
    """Whether the object can be used in an await expression."""
    if iscoroutine(object):
        return True
    if isgenerator(object) and object.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(object), "__await__")


def istraceback(object):
    """Whether the object is a traceback."""
    return isinstance(object, _TracebackType)


def isframe(object):
    """Whether the object is a frame."""
    return isinstance(object, _FrameType)


def iscode(object):
    """Whether the object is a code object."""
    return isinstance(object, _CodeType)


def isabstract(object):
    """Whether the object is a class that cannot be instantiated because it
    has abstract methods (see the abc module)."""
    if not isinstance(object, type):
        return False
    import _locus
    if _locus.is_abstract_class(object):
        return True
    import abc
    if not issubclass(type(object), abc.ABCMeta):
        return False
    if hasattr(object, "__abstractmethods__"):
        # ABCMeta.__new__ has run: the flag above was the answer.
        return False
    # ABCMeta.__new__ has not set the names yet (we are probably in
    # __init_subclass__): look for abstract methods the way it will.
    for value in object.__dict__.values():
        if getattr(value, "__isabstractmethod__", False):
            return True
    for base in object.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(object, name, None), "__isabstractmethod__", False):
                return True
    return False


# --- Where objects come from ----------------------------------------------

def unwrap(func, *, stop=None):
    """Follow the __wrapped__ chain of a wrapper (functools.wraps) to the end."""
    f = func
    seen = {id(f)}
    limit = sys.getrecursionlimit()
    while hasattr(func, "__wrapped__"):
        if stop is not None and stop(func):
            break
        func = func.__wrapped__
        if id(func) in seen or len(seen) >= limit:
            raise ValueError(f"wrapper loop when unwrapping {f!r}")
        seen.add(id(func))
    return func


def _to_code(object):
    """A method, function, traceback or frame as its code object; anything
    else as it is."""
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    return object


def getfile(object):
    """The name of the file in which the object was defined."""
    if ismodule(object):
        file = getattr(object, "__file__", None)
        if file:
            return file
        raise TypeError(f"{object!r} is a built-in module")
    if isclass(object):
        module_name = getattr(object, "__module__", None)
        if module_name is not None:
            module = sys.modules.get(module_name)
            file = getattr(module, "__file__", None)
            if file:
                return file
            if module_name == "__main__":
                raise OSError("source code not available")
        raise TypeError(f"{object!r} is a built-in class")
    object = _to_code(object)
    if iscode(object):
        return object.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or "
                    f"code object was expected, got {type(object).__name__}")


def _file_exists(filename):
    try:
        with open(filename, "rb"):
            return True
    except (OSError, ValueError):
        return False


def getsourcefile(object):
    """The name of the Python source file of the object, or None.

    None when the object was not defined in a .py file that can be read
    (nor in a file whose lines linecache holds).
    """
    filename = getfile(object)
    if filename.startswith("<locus-lib>/"):
        return filename
    if filename in linecache.cache:
        return filename
    if not filename.endswith(".py"):
        return None
    if _file_exists(filename):
        return filename
    module = getmodule(object, filename)
    if module is not None and getattr(module, "__loader__", None) is not None:
        return filename
    return None


def getmodule(object, _filename=None):
    """The module the object was defined in, or None if that cannot be told."""
    if ismodule(object):
        return object
    if hasattr(object, "__module__"):
        module_name = object.__module__
        return sys.modules.get(module_name) if isinstance(module_name, str) else None
    if _filename is None:
        try:
            _filename = getsourcefile(object) or getfile(object)
        except TypeError:
            return None
    for module in list(sys.modules.values()):
        if ismodule(module) and getattr(module, "__file__", None) == _filename:
            return module
    name = getattr(object, "__name__", None)
    if isinstance(name, str):
        main = sys.modules.get("__main__")
        if main is not None and getattr(main, name, None) is object:
            return main
        builtins = sys.modules.get("builtins")
        if builtins is not None and getattr(builtins, name, None) is object:
            return builtins
    return None


# --- Source code ----------------------------------------------------------

def findsource(object):
    """The lines of the object's file and the 0-based index of its first line.

    Raises OSError when the source cannot be had.
    """
    file = getsourcefile(object)
    if file:
        linecache.checkcache(file)
    else:
        file = getfile(object)
        if not (file.startswith("<") and file.endswith(">")):
            raise OSError("source code not available")
    module = getmodule(object, file)
    if module is not None:
        lines = linecache.getlines(file, module.__dict__)
    else:
        lines = linecache.getlines(file)
    if not lines:
        raise OSError("could not get source code")

    if ismodule(object):
        return lines, 0
    if isclass(object):
        first = object.__dict__.get("__firstlineno__")
        if first is None:
            raise OSError("source code not available")
        if not 1 <= first <= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, first - 1
    object = _to_code(object)
    if iscode(object):
        lnum = object.co_firstlineno - 1
        if lnum >= len(lines):
            raise OSError("lineno is out of bounds")
        return lines, lnum
    raise OSError("could not find code object")


def indentsize(line):
    """The width of the line's leading whitespace (tabs to multiples of 8)."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


class _LogicalLine:
    """A statement's line range in a list of source lines."""

    def __init__(self, first, last, indent, text):
        self.first = first      # index of its first physical line
        self.last = last        # index of its last physical line
        self.indent = indent    # width of its indentation
        self.text = text        # its first physical line, stripped


def _scan(lines):
    """Split source lines into statements and comment-only lines.

    Yields ('code', _LogicalLine) for each logical line (brackets, strings
    and backslashes may continue it over several physical lines) and
    ('comment', (index, indent)) for each line holding only a comment.
    Blank lines are skipped.
    """
    quote = None          # the open string's delimiter (', ", ''' or """)
    depth = 0             # open brackets
    current = None        # the logical line being read
    continued = False     # the previous line ended with a backslash
    for index, line in enumerate(lines):
        starts_fresh = quote is None and depth == 0 and not continued
        if starts_fresh:
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.startswith("#"):
                yield "comment", (index, indentsize(line))
                continue
            current = _LogicalLine(index, index, indentsize(line), stripped)
        continued = False
        string_continues = False
        i = 0
        n = len(line)
        while i < n:
            c = line[i]
            if quote is not None:
                if c == "\\":
                    if line[i + 1:] == "\n" or i + 1 == n:
                        string_continues = True
                    i += 2
                    continue
                if line.startswith(quote, i):
                    i += len(quote)
                    quote = None
                    continue
                i += 1
                continue
            if c == "#":
                break
            if c == "'" or c == '"':
                if line.startswith(c * 3, i):
                    quote = c * 3
                    i += 3
                else:
                    quote = c
                    i += 1
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                if depth > 0:
                    depth -= 1
            elif c == "\\" and line[i + 1:].strip() == "":
                continued = True
                break
            i += 1
        if quote is not None and len(quote) == 1 and not string_continues:
            # An unterminated one-line string ends with its line.
            quote = None
        if current is not None:
            current.last = index
            if quote is None and depth == 0 and not continued:
                yield "code", current
                current = None
    if current is not None:
        yield "code", current


def getblock(lines):
    """The lines of the block (def, class, decorated, or a lambda's line) that
    starts at lines[0]."""
    statements = _scan(lines)
    header_indent = None
    body_indent = None
    last = None
    for kind, item in statements:
        if kind == "comment":
            index, indent = item
            if body_indent is not None and indent >= body_indent:
                last = index
            continue
        if header_indent is None:
            header_indent = item.indent
            last = item.last
            if item.text.startswith("@"):
                # A decorator: the decorated statement follows.
                header_indent = None
                continue
            if not _is_compound_header(item.text):
                # A lambda (or any other one-line code): its statement.
                break
            if _is_one_line_block(lines, item):
                break
            continue
        if item.indent <= header_indent:
            break
        if body_indent is None:
            body_indent = item.indent
        last = item.last
    if last is None:
        return lines[:1]
    return lines[:last + 1]


def _is_compound_header(text):
    for keyword in ("def", "class", "async"):
        if text.startswith(keyword) and text[len(keyword):len(keyword) + 1] in (" ", "\t", "("):
            return True
    return False


def _is_one_line_block(lines, statement):
    """Whether a def/class statement holds its own body (the
    `def f(): return 1` form), so that its block ends with it."""
    text = "".join(lines[statement.first:statement.last + 1])
    code = _strip_comment_and_strings(text).rstrip()
    return not code.endswith(":")


def _strip_comment_and_strings(text):
    """The text with string contents and comments removed (for finding
    where a statement's code ends)."""
    out = []
    quote = None
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if quote is not None:
            if c == "\\":
                i += 2
                continue
            if text.startswith(quote, i):
                out.append(quote)
                i += len(quote)
                quote = None
                continue
            if c == "\n" and len(quote) == 1:
                quote = None
                out.append(c)
            i += 1
            continue
        if c == "#":
            while i < n and text[i] != "\n":
                i += 1
            continue
        if c == "'" or c == '"':
            quote = c * 3 if text.startswith(c * 3, i) else c
            out.append(quote)
            i += len(quote)
            continue
        if c == "\\" and i + 1 < n and text[i + 1] == "\n":
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def getsourcelines(object):
    """The source lines of the object and the line number of the first one.

    For a module (or a module-level frame) the whole file and 0. Raises
    OSError when the source cannot be had, TypeError for a built-in object.
    """
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    """The source text of the object (see getsourcelines)."""
    lines, lnum = getsourcelines(object)
    return "".join(lines)


# --- Frames and the stack -------------------------------------------------

def getargs(co):
    """Arguments(args, varargs, varkw) of a code object: the parameter names."""
    if not iscode(co):
        raise TypeError(f"{co!r} is not a code object")
    names = co.co_varnames
    nargs = co.co_argcount
    nkwargs = co.co_kwonlyargcount
    args = list(names[:nargs + nkwargs])
    nargs += nkwargs
    varargs = None
    if co.co_flags & CO_VARARGS:
        varargs = names[nargs]
        nargs += 1
    varkw = None
    if co.co_flags & CO_VARKEYWORDS:
        varkw = names[nargs]
    return Arguments(args, varargs, varkw)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of a frame.

    args is the list of parameter names (keyword-only ones included),
    varargs and keywords the names of the * and ** parameters or None, and
    locals the frame's f_locals.
    """
    args, varargs, varkw = getargs(frame.f_code)
    return ArgInfo(args, varargs, varkw, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals,
                    formatarg=str,
                    formatvarargs=lambda name: "*" + name,
                    formatvarkw=lambda name: "**" + name,
                    formatvalue=lambda value: "=" + repr(value)):
    """Format the four values of getargvalues() as '(a=1, *rest=(), **kw={})'."""
    def convert(name):
        return formatarg(name) + formatvalue(locals[name])

    specs = [convert(name) for name in args]
    if varargs:
        specs.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        specs.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return "(" + ", ".join(specs) + ")"


def _position_at(code, lasti):
    """The Positions of the instruction at byte offset `lasti`."""
    if lasti < 0:
        return Positions(None, None, None, None)
    index = lasti // 2
    for i, position in enumerate(code.co_positions()):
        if i == index:
            return Positions(*position)
    return Positions(None, None, None, None)


def getframeinfo(frame, context=1):
    """A Traceback for a frame or traceback entry, with `context` lines of
    source around its current line (code_context, and index of the line in
    it; both None when context is 0 or the source is not available)."""
    if istraceback(frame):
        positions = _position_at(frame.tb_frame.f_code, frame.tb_lasti)
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        positions = _position_at(frame.f_code, frame.f_lasti)
    if not isframe(frame):
        raise TypeError(f"{frame!r} is not a frame or traceback object")

    filename = getsourcefile(frame) or getfile(frame)
    if context > 0:
        start = lineno - 1 - context // 2
        try:
            lines, lnum = findsource(frame)
        except OSError:
            lines = index = None
        else:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index,
                     positions=positions)


def getlineno(frame):
    """The line number the frame is running."""
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo records for a frame and all the frames that called it,
    innermost first."""
    frames = []
    while frame:
        info = getframeinfo(frame, context)
        frames.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return frames


def getinnerframes(tb, context=1):
    """FrameInfo records for a traceback's frames, from the traceback's own
    frame down to where the exception was raised."""
    frames = []
    while tb:
        info = getframeinfo(tb, context)
        frames.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return frames


def currentframe():
    """The caller's frame."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def stack(context=1):
    """FrameInfo records for the caller's stack, the caller first."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo records from the current frame down to where the exception
    being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)
