d = {}
d[1] = 'int'
d[1.0] = 'float'
d[True] = 'bool'
d[(1, 2)] = 'tuple'
d['1'] = 'str'
d[None] = 'none'
d[frozenset([1])] = 'fs'
d[b'1'] = 'bytes'
d[2 ** 80] = 'big'
print(d)
print(d[1], d[(1, 2)], d[frozenset({1})], d[2 ** 80])
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return f'K({self.v})'
e = {K(1): 'one', K(2): 'two'}
e[K(1)] = 'uno'
print(e, K(2) in e, K(3) in e)
