"""JSON (JavaScript Object Notation) <https://json.org> encoding and
decoding, written for Locus.

    >>> import json
    >>> json.dumps(['foo', {'bar': ('baz', None, 1.0, 2)}])
    '["foo", {"bar": ["baz", null, 1.0, 2]}]'
    >>> json.loads('["foo", {"bar":["baz", null, 1.0, 2]}]')
    ['foo', {'bar': ['baz', None, 1.0, 2]}]

`dumps`/`dump` write JSON text (to a str / an open text file) and
`loads`/`load` read it; `JSONEncoder` and `JSONDecoder` (in
`json.encoder` and `json.decoder`) are the classes behind them, for
subclassing. Malformed input raises `JSONDecodeError`, a ValueError whose
message gives the position: "Expecting value: line 1 column 1 (char 0)".
"""

__all__ = [
    "dump", "dumps", "load", "loads",
    "JSONDecoder", "JSONDecodeError", "JSONEncoder",
]

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serializes obj as JSON to fp (an object with a .write(str) method).

    The options are those of dumps()."""
    encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                            allow_nan, indent, separators, default,
                            sort_keys, kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serializes obj to a JSON formatted str.

    skipkeys: skip dict keys that are not str, int, float, bool or None
    (instead of raising TypeError). ensure_ascii: escape non-ASCII
    characters. check_circular: detect reference cycles (ValueError).
    allow_nan: write NaN and the infinities (else ValueError). indent: a
    number of spaces or a string to indent nested levels with (None: one
    line). separators: (item_separator, key_separator). default: a
    function returning an encodable substitute for other objects.
    sort_keys: write dict items sorted by key. cls: a JSONEncoder
    subclass to use.
    """
    if (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    return _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                         allow_nan, indent, separators, default, sort_keys,
                         kw).encode(obj)


def detect_encoding(b):
    """The encoding of JSON bytes: UTF-8, -16 or -32 (from a BOM or from
    the zero bytes around the first ASCII characters)."""
    bstartswith = b.startswith
    if bstartswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "utf-32"
    if bstartswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if bstartswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if len(b) >= 4:
        if not b[0]:
            return "utf-16-be" if b[1] else "utf-32-be"
        if not b[1]:
            return "utf-16-le" if b[2] or b[3] else "utf-32-le"
    elif len(b) == 2:
        if not b[0]:
            return "utf-16-be"
        if not b[1]:
            return "utf-16-le"
    return "utf-8"


def _decode_bytes(b):
    encoding = detect_encoding(b)
    if encoding == "utf-8-sig":
        return bytes(b[3:]).decode("utf-8")
    return bytes(b).decode(encoding)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserializes the JSON document read from fp (an object with a
    .read() method). The options are those of loads()."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserializes s (a str, bytes or bytearray holding a JSON document).

    object_hook(dict) / object_pairs_hook(list of pairs): what JSON objects
    become. parse_float(text), parse_int(text), parse_constant(name): what
    numbers and NaN/Infinity/-Infinity become. cls: a JSONDecoder subclass
    to use.
    """
    if isinstance(s, str):
        if s.startswith("\ufeff"):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using "
                                  "utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f"the JSON object must be str, bytes or "
                            f"bytearray, not {s.__class__.__name__}")
        s = _decode_bytes(s)
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw["object_hook"] = object_hook
    if object_pairs_hook is not None:
        kw["object_pairs_hook"] = object_pairs_hook
    if parse_float is not None:
        kw["parse_float"] = parse_float
    if parse_int is not None:
        kw["parse_int"] = parse_int
    if parse_constant is not None:
        kw["parse_constant"] = parse_constant
    return cls(**kw).decode(s)
