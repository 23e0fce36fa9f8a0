# json.loads: values, hooks, bytes input, and the JSONDecodeError messages
# and positions of malformed documents.
import json

print(json.loads('{"a": [1, 2.5, -3e2, true, false, null, "s\\u00e9\\n"], "b": {}}'))
print(json.loads("123456789012345678901234567890"), json.loads("-0"), json.loads("-0.0"))
print(json.loads("1E400"), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('"\\ud834\\udd1e \\"\\\\\\/\\b\\f\\r\\t"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("  [ ]  "), json.loads(b'{"x": [1]}'))
print(json.loads(b"\xef\xbb\xbf[1]"), json.loads("[1]".encode("utf-16")), json.loads(bytearray(b'"b"')))
print(json.loads("[1.5, 2]", parse_float=str, parse_int=float))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads("[NaN]", parse_constant=lambda s: "const " + s))
bad = ["", " ", "[", "[1,", "[1,]", '{"a":1,}', "{", '{"a"', '{"a":', '{"a" 1}', "{1:2}",
       "[1 2]", '"abc', '"a\\x"', '"\\u12"', '"ab\\u12zz"', '"a\nb"', "tru", "nul", "01",
       "1 2", "-", "1.", "1e", ".5", "[1,2", '{"a":1 "b":2}', "\ufeff[]", "[\n1,\n]",
       '  {"a": [1, 2, {"b": null}]}  x', "[]]", '"\t"', '["a", "b\\']
for doc in bad:
    try:
        json.loads(doc)
        print(repr(doc), "accepted")
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(5)
except TypeError as e:
    print(type(e).__name__, e)
e = json.JSONDecodeError("msg", "ab\ncd", 4)
print(e, e.args, isinstance(e, ValueError), json.decoder.JSONDecodeError is json.JSONDecodeError)
print(json.JSONDecoder().decode("[1]"), json.JSONDecoder().raw_decode("[1] tail"))
try:
    json.loads("[1, 2", cls=json.JSONDecoder)
except ValueError as e:
    print(type(e).__name__, e)
