class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v) + 0.5
    def __round__(self, n=None):
        return f'round({n})'
    def __neg__(self):
        return Num(-self.v)
    def __iadd__(self, o):
        self.v += o
        return self
n = Num(3)
print([10, 20, 30, 40][n], bin(n), hex(n), int(n), float(n), round(n), round(n, 2), 'ab' * n)
print(range(n), (-n).v)
m = n
n += 4
print(n is m, n.v)
class Hashable:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return 7
    def __eq__(self, o):
        return self.k == o.k
print(len({Hashable(1), Hashable(2), Hashable(1)}))
class Sized:
    def __len__(self):
        return 3
print(len(Sized()))
