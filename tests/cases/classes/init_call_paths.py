# Class calls whose __init__ runs as a plain frame of the loop, and the
# cases that take the general path; results and errors must not differ.

class P:
    def __init__(self, x, y=2, *, z=3):
        self.t = (x, y, z)

print(P(1).t, P(1, 5).t, P(1, z=9).t, P(x=7).t)
for args, kw in [((), {}), ((1, 2, 3), {}), ((1,), {"w": 1})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)


class Bad:
    def __init__(self):
        return 5

try:
    Bad()
except TypeError as e:
    print("TypeError:", e)


class Gen:
    def __init__(self):
        yield 1

try:
    Gen()
except TypeError as e:
    print("TypeError:", e)


class Raises:
    def __init__(self, v):
        raise ValueError(v)

try:
    Raises("boom")
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next is not None)


class WithNew:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)

    def __init__(self, *a):
        print("init", a)

WithNew(1, 2)


class NotMine:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")

print(NotMine())


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)

class M(metaclass=Meta):
    def __init__(self, a):
        self.a = a

print(M(3).a)


class Base:
    def __init__(self, v):
        self.v = v

class Child(Base):
    pass

class Grand(Child):
    def __init__(self, v):
        super().__init__(v * 2)

print(Child(1).v, Grand(2).v)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a

print(Slotted(4).a)


class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)

try:
    Deep(0)
except RecursionError as e:
    print("RecursionError:", e)


class Counter:
    made = 0

    def __init__(self):
        Counter.made += 1

for _ in range(1000):
    Counter()
print(Counter.made)

objs = [P(i) for i in range(5)]
print([o.t[0] for o in objs], type(objs[0]).__name__)
