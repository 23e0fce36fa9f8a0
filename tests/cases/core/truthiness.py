class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __bool__(self):
        return False
vals = [0, 1, -1, 0.0, 0.5, 0j, 1j, '', 'a', b'', b'x', [], [[]], (), ((),), {}, {0: 0},
        set(), {0}, range(0), range(1), None, True, False, Empty(), WithLen(0), WithLen(2), WithBool()]
for v in vals:
    name = type(v).__name__
    print(name, 'truthy' if v else 'falsy', bool(v), not v)
n = 0
while [1] * (3 - n):
    n += 1
print(n)
