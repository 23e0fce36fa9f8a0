# Attribute sites are cached per class; every way the protocol's answer can
# change must be seen at once.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "method"


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


def write_x(o, v):
    o.x = v


a = P(1, 2)
b = P(3, 4)
for _ in range(3):
    print(read_x(a), read_x(b), call_m(a))

# Different dict layout, same class.
c = P(5, 6)
del c.x
c.x = 7
print(read_x(c), read_x(a), c.__dict__)

# Deleted attribute: the cached position is gone.
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 10
print(read_x(a))

# Instance dict shadows the method.
b.m = lambda: "shadow"
print(call_m(b), call_m(a))
del b.m
print(call_m(b))

# A data descriptor added to the class later wins over the instance dict.
P.x = property(lambda self: "prop")
print(read_x(a), read_x(b))
try:
    write_x(a, 99)
except AttributeError as e:
    print("AttributeError:", e)
del P.x
print(read_x(a))
for v in range(3):
    write_x(a, v)
print(read_x(a))

# Replacing the method on the class.
P.m = lambda self: "new method"
print(call_m(a))

# __getattribute__ and __setattr__ added later.
def ga(self, name):
    return "ga:" + name
P.__getattribute__ = ga
print(read_x(a), call_m.__name__)
del P.__getattribute__
print(read_x(a))

log = []
def sa(self, name, value):
    log.append((name, value))
P.__setattr__ = sa
write_x(a, 123)
print(read_x(a), log)
del P.__setattr__
write_x(a, 124)
print(read_x(a))

# Subclass instances are cached separately.
class Q(P):
    @property
    def x(self):
        return "Q.x"

    @x.setter
    def x(self, v):
        pass
q = Q(1, 2)
print(read_x(q), read_x(a))

# Module attributes.
import math
def pi():
    return math.pi
print(pi())
math.pi = 3
print(pi())
del math.pi
try:
    pi()
except AttributeError as e:
    print("AttributeError:", e)

# Methods of builtin types through the same site.
def upper(s):
    return s.upper()
print(upper("ab"), upper("cd"))

class S(str):
    def upper(self):
        return "S.upper"
print(upper(S("x")), upper("ef"))

# Properties are named by __set_name__, else after their getter.
class R:
    y = property()
    @property
    def z(self):
        return 1
R.w = property(lambda self: 0)
R.v = property()
for name in "yzwv":
    for op in ("get", "set", "del"):
        try:
            if op == "get":
                getattr(R(), name)
            elif op == "set":
                setattr(R(), name, 1)
            else:
                delattr(R(), name)
        except AttributeError as e:
            print(name, op, e)
print(R.z.__name__, R.w.__name__, hasattr(R.v, "__name__"))
