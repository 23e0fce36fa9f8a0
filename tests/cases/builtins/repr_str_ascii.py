vals = [1, 1.5, 'a\nb', b'\x00', None, True, [1, 'x'], (1,), {'k': 'v'}, {1}, frozenset(), range(2), 1j, ...]
for v in vals:
    print(repr(v), str(v), ascii(v))
print(ascii('naïve ☃ 😀'), repr('naïve ☃ 😀'))
class R:
    def __repr__(self):
        return 'R<é>'
print(repr(R()), str(R()), ascii(R()))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
