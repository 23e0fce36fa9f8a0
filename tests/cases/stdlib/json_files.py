# json.dump and json.load through file-like objects, and round trips.
import json


class TextSink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


class TextSource:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


data = {"name": "Locus", "tags": ["a", "b"], "n": 3, "ratio": 0.25, "ok": True, "none": None}
sink = TextSink()
json.dump(data, sink)
text = "".join(sink.parts)
print(text, len(sink.parts) > 1)
print(json.load(TextSource(text)) == data)
sink2 = TextSink()
json.dump(data, sink2, indent=1, sort_keys=True)
print("".join(sink2.parts))
print(json.load(TextSource("[1, 2]"), object_hook=None), json.load(TextSource('{"a": 1}'), object_pairs_hook=tuple))
values = [0, -1, 2**64, 1.5, 1e-07, "", "ü", [], {}, [[[]]], {"k": {"k": {}}}, True, None]
for v in values:
    assert json.loads(json.dumps(v)) == v, v
print("round trips ok", json.loads(json.dumps(values)) == values)
print(json.loads(json.dumps({1: "int key", True: "bool"})))
print(json.loads(json.dumps((1, 2))), json.loads(json.dumps("\x01\u20ac", ensure_ascii=False)))
