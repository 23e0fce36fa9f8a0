a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(None) == id(None))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(False) == hash(0.0), hash(42), hash(-7), hash(10 ** 20) == hash(10 ** 20))
print(hash('abc') == hash('ab' + 'c'), hash(b'abc') == hash(b'abc'), hash((1, 'a')) == hash((1, 'a')))
print(hash(()) == hash(()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(None) == hash(None))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(1.5), hash(-1.0), hash(0.1) == hash(0.1))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class BadHash:
    def __hash__(self):
        return 'str'
for obj in [[1], {}, set(), BadHash()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
