def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += a + c
        return [lambda: b * i for i in range(c)]
    return inner

@dec1
@dec2(3)
class C(Base, metaclass=M):
    """cdoc"""
    x: int = 1
    def m(self):
        super().m()
        self.y = (t for t in self.x if t)
        return __class__

def gen():
    x = yield 1
    yield from x
    return x
