class Ns(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return Ns()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", type(ns).__name__, sorted(ns))
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=Meta, flag=1):
    x = 1
    print(type(locals()).__name__)
    def m(self): return __class__
print(A.__qualname__, A.__module__, A().m() is A)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class D(Base, tag=2):
    pass
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class E:
    d = Desc()
def outer():
    class Inner:
        pass
    return Inner.__qualname__
print(outer())
