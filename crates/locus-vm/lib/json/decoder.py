"""JSON decoding (`JSONDecoder`, `JSONDecodeError`), written for Locus.

A recursive-descent parser over the text, with CPython's error messages
and positions ("Expecting value: line 1 column 1 (char 0)"). Nesting
deeper than the interpreter's recursion limit raises RecursionError, as
in CPython.

Difference from CPython: a lone surrogate escape (`"\\ud800"`) decodes to
U+FFFD, since Locus strings cannot hold surrogates.
"""

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")

_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"
_ESCAPES = {
    '"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n",
    "r": "\r", "t": "\t",
}
_HEX = "0123456789abcdefABCDEF"


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = f"{msg}: line {lineno} column {colno} (char {pos})"
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, pos):
    """The value of the 4 hex digits after the `u` at `pos`; error
    positioned at the `u` (CPython's position)."""
    digits = s[pos + 1:pos + 5]
    if len(digits) != 4 or any(c not in _HEX for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Scans the string literal whose opening quote is at end - 1; returns
    (the decoded str, the index after the closing quote)."""
    begin = end - 1
    # Fast path: no escape and no control character before the closing
    # quote (str methods scan in the interpreter, not in Python code).
    close = s.find('"', end)
    if close >= 0:
        chunk = s[end:close]
        if "\\" not in chunk and (not chunk or min(chunk) >= " " or not strict):
            return chunk, close + 1
    parts = []
    n = len(s)
    i = end
    while True:
        # Copy the run of ordinary characters at once.
        j = i
        while j < n:
            c = s[j]
            if c == '"' or c == "\\" or (c < " " and strict):
                break
            j += 1
        if j > i:
            parts.append(s[i:j])
        if j >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        c = s[j]
        if c == '"':
            return "".join(parts), j + 1
        if c != "\\":
            raise JSONDecodeError("Invalid control character at", s, j)
        if j + 1 >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[j + 1]
        if esc != "u":
            decoded = _ESCAPES.get(esc)
            if decoded is None:
                raise JSONDecodeError("Invalid \\escape", s, j)
            parts.append(decoded)
            i = j + 2
            continue
        code = _hex4(s, j + 1)
        i = j + 6
        if 0xD800 <= code <= 0xDBFF and s[i:i + 2] == "\\u":
            low = _hex4(s, i + 1)
            if 0xDC00 <= low <= 0xDFFF:
                code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                i += 6
        if 0xD800 <= code <= 0xDFFF:
            # A lone surrogate: not representable in a Locus str.
            code = 0xFFFD
        parts.append(chr(code))


def _scan_number(s, i):
    """(the text of the number at i, whether it is a float, the index
    after it), or None when there is no number at i (a lone '-', a leading
    '.')."""
    n = len(s)
    j = i
    if j < n and s[j] == "-":
        j += 1
    if j < n and s[j] == "0":
        j += 1
    elif j < n and s[j] in "123456789":
        j += 1
        while j < n and s[j] in _DIGITS:
            j += 1
    else:
        return None
    is_float = False
    if j + 1 < n and s[j] == "." and s[j + 1] in _DIGITS:
        j += 2
        while j < n and s[j] in _DIGITS:
            j += 1
        is_float = True
    if j < n and s[j] in "eE":
        k = j + 1
        if k < n and s[k] in "+-":
            k += 1
        if k < n and s[k] in _DIGITS:
            k += 1
            while k < n and s[k] in _DIGITS:
                k += 1
            j = k
            is_float = True
    return s[i:j], is_float, j


class JSONDecoder:
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts (or what object_hook / object_pairs_hook
    make of them), arrays lists, strings str, numbers int or float (or what
    parse_int / parse_float make of their text), true/false/null
    True/False/None; NaN, Infinity and -Infinity are accepted (through
    parse_constant).
    """

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s, _w=None):
        """The Python object the JSON document `s` (a str) describes."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes a JSON document at the start of s[idx:] (whitespace not
        skipped); returns (object, index where it ended)."""
        try:
            return self._value(s, idx)
        finally:
            self.memo.clear()

    def _value(self, s, i):
        if i >= len(s):
            raise JSONDecodeError("Expecting value", s, i)
        c = s[i]
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == "{":
            return self._object(s, i + 1)
        if c == "[":
            return self._array(s, i + 1)
        if c == "n" and s.startswith("null", i):
            return None, i + 4
        if c == "t" and s.startswith("true", i):
            return True, i + 4
        if c == "f" and s.startswith("false", i):
            return False, i + 5
        number = _scan_number(s, i)
        if number is not None:
            text, is_float, end = number
            if is_float:
                return self.parse_float(text), end
            return self.parse_int(text), end
        if c == "N" and s.startswith("NaN", i):
            return self.parse_constant("NaN"), i + 3
        if c == "I" and s.startswith("Infinity", i):
            return self.parse_constant("Infinity"), i + 8
        if c == "-" and s.startswith("-Infinity", i):
            return self.parse_constant("-Infinity"), i + 9
        raise JSONDecodeError("Expecting value", s, i)

    def _object(self, s, i):
        pairs = []
        memo = self.memo
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == "}":
            return self._finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, i)
            key, i = scanstring(s, i + 1, self.strict)
            key = memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if i >= len(s) or s[i] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            value, i = self._value(s, i)
            pairs.append((key, value))
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == "}":
                return self._finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_ws(s, i + 1)
            if i < len(s) and s[i] == "}":
                raise JSONDecodeError(
                    "Illegal trailing comma before end of object", s, comma)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, i):
        values = []
        i = _skip_ws(s, i)
        if i < len(s) and s[i] == "]":
            return values, i + 1
        while True:
            value, i = self._value(s, i)
            values.append(value)
            i = _skip_ws(s, i)
            if i < len(s) and s[i] == "]":
                return values, i + 1
            if i >= len(s) or s[i] != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = _skip_ws(s, i + 1)
            if i < len(s) and s[i] == "]":
                raise JSONDecodeError(
                    "Illegal trailing comma before end of array", s, comma)
