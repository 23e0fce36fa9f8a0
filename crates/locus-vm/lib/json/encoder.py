"""JSON encoding (`JSONEncoder`), written for Locus.

Python values map to JSON as: dict (and subclasses) to objects, list and
tuple (and subclasses) to arrays, str to strings, int and float to
numbers (NaN and the infinities as `NaN`, `Infinity`, `-Infinity` unless
allow_nan is false), True/False/None to true/false/null. Anything else is
passed to `default()`, which raises "TypeError: Object of type X is not
JSON serializable" unless overridden. A `FrameLocalsProxy` is not a dict,
so it is refused the same way (spec R39); `dict(proxy)` can be encoded.
"""

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

# Escapes of the characters that always need one.
_ESCAPES = {
    "\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n",
    "\r": "\\r", "\t": "\\t",
}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), f"\\u{_i:04x}")
del _i
_TABLE = {ord(k): v for k, v in _ESCAPES.items()}
# ensure_ascii also escapes DEL (everything outside ' '..'~').
_ASCII_TABLE = dict(_TABLE)
_ASCII_TABLE[0x7F] = "\\u007f"


def py_encode_basestring(s):
    """The JSON representation of a str, non-ASCII characters kept."""
    return '"' + s.translate(_TABLE) + '"'


def py_encode_basestring_ascii(s):
    """The JSON representation of a str using only ASCII characters."""
    if s.isascii():
        return '"' + s.translate(_ASCII_TABLE) + '"'
    out = ['"']
    for c in s:
        o = ord(c)
        if o < 0x80:
            out.append(_ASCII_TABLE.get(o, c))
        elif o < 0x10000:
            out.append(f"\\u{o:04x}")
        else:
            n = o - 0x10000
            out.append(f"\\u{0xD800 | (n >> 10):04x}\\u{0xDC00 | (n & 0x3FF):04x}")
    out.append('"')
    return "".join(out)


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON <https://json.org> encoder for Python data
    structures.

    To encode other objects, subclass it and override `default()` to
    return something encodable (or call the base implementation, which
    raises TypeError).
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects JSON has no representation for; returns an
        encodable substitute or raises TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} "
                        f"is not JSON serializable")

    def encode(self, o):
        """The JSON text of o, as a str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        out = []
        _Writer(self).encode_into(o, 0, out)
        return "".join(out)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of o in pieces (for writing to a file as it is
        produced)."""
        if _one_shot:
            out = []
            _Writer(self).encode_into(o, 0, out)
            return iter(out)
        return _Writer(self).encode(o, 0)


class _Writer:
    """One encoding run: the encoder's settings plus the markers of the
    containers being encoded (to detect cycles)."""

    def __init__(self, encoder):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.encode_str = (encode_basestring_ascii if encoder.ensure_ascii
                           else encode_basestring)
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan

    def float_text(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON "
                             f"compliant: {o!r}")
        return text

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None otherwise."""
        if isinstance(o, str):
            return self.encode_str(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.encode(self.default(o), level)
            self.leave(o)

    # -- all at once (encode): the same text, appended to a list ----------

    def encode_into(self, o, level, out):
        text = self.scalar(o)
        if text is not None:
            out.append(text)
        elif isinstance(o, (list, tuple)):
            self.array_into(o, level, out)
        elif isinstance(o, dict):
            self.object_into(o, level, out)
        else:
            self.enter(o)
            self.encode_into(self.default(o), level, out)
            self.leave(o)

    def open_into(self, bracket, level, out):
        """Write an opening bracket; return the nesting level inside it, the
        newline that starts its lines (None without indent) and the text
        between its items."""
        if self.indent is None:
            out.append(bracket)
            return level, None, self.item_separator
        level += 1
        newline = "\n" + self.indent * level
        out.append(bracket + newline)
        return level, newline, self.item_separator + newline

    def array_into(self, items, level, out):
        if not items:
            out.append("[]")
            return
        self.enter(items)
        level, newline, separator = self.open_into("[", level, out)
        first = True
        for value in items:
            if first:
                first = False
            else:
                out.append(separator)
            self.encode_into(value, level, out)
        if newline is not None:
            out.append("\n" + self.indent * (level - 1))
        out.append("]")
        self.leave(items)

    def object_into(self, dct, level, out):
        if not dct:
            out.append("{}")
            return
        self.enter(dct)
        level, newline, separator = self.open_into("{", level, out)
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                out.append(separator)
            out.append(self.encode_str(key))
            out.append(self.key_separator)
            self.encode_into(value, level, out)
        if newline is not None:
            out.append("\n" + self.indent * (level - 1))
        out.append("}")
        self.leave(dct)

    # -- in pieces (iterencode) ---------------------------------------------

    def array(self, items, level):
        if not items:
            yield "[]"
            return
        self.enter(items)
        opening = []
        level, newline, separator = self.open_into("[", level, opening)
        buf = opening[0]
        first = True
        for value in items:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(value)
            if text is not None:
                yield buf + text
            else:
                yield buf
                yield from self.encode(value, level)
        if newline is not None:
            level -= 1
            yield "\n" + self.indent * level
        yield "]"
        self.leave(items)

    def key_text(self, key):
        """The JSON string for a dict key; None to skip the item."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, "
                        f"not {key.__class__.__name__}")

    def object(self, dct, level):
        if not dct:
            yield "{}"
            return
        self.enter(dct)
        yield "{"
        if self.indent is not None:
            level += 1
            newline = "\n" + self.indent * level
            separator = self.item_separator + newline
            yield newline
        else:
            newline = None
            separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.encode_str(key)
            yield self.key_separator
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.encode(value, level)
        if newline is not None:
            level -= 1
            yield "\n" + self.indent * level
        yield "}"
        self.leave(dct)
