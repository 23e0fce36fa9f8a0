class Base:
    def hello(self):
        return 'Base.hello'
    def who(self):
        return type(self).__name__
class Child(Base):
    def hello(self):
        return 'Child.hello -> ' + super().hello()
    def cls(self):
        return __class__.__name__
print(Child().hello(), Child().cls(), Child().who())
class GrandChild(Child):
    def hello(self):
        return 'GrandChild -> ' + super().hello()
print(GrandChild().hello(), GrandChild().cls())
class Lazy(Base):
    def get(self):
        def inner():
            return __class__
        return inner().__name__
print(Lazy().get())
def outside(self):
    return super().hello()
class Attached(Base):
    pass
Attached.m = outside
try:
    Attached().m()
except RuntimeError as e:
    print(type(e).__name__, e)
