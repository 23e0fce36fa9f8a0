# type.__abstractmethods__: setting a non-empty set makes the class
# uninstantiable (CPython's flag); not inherited; class bodies do not set it.
import abc


class A:
    pass


A.__abstractmethods__ = frozenset({"g", "f"})
try:
    A()
except TypeError as e:
    print(e)
A.__abstractmethods__ = ["only"]
try:
    A()
except TypeError as e:
    print(e)


class B(A):
    pass


print(type(B()).__name__)
for cls in (B, type, object, int):
    try:
        print(cls.__abstractmethods__)
    except AttributeError as e:
        print(cls.__name__, type(e).__name__, e)
A.__abstractmethods__ = ()
print(type(A()).__name__)
del A.__abstractmethods__
try:
    del A.__abstractmethods__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object.__abstractmethods__ = frozenset()
except TypeError as e:
    print(e)


class InBody:
    __abstractmethods__ = frozenset({"x"})


print(type(InBody()).__name__)


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...


class Later(Base):
    pass


Later.run = lambda self: "ran"
print(sorted(Later.__abstractmethods__), abc.update_abstractmethods(Later) is Later)
print(Later.__abstractmethods__, Later().run())


class Old(abc.ABC):
    @abc.abstractclassmethod
    def make(cls): ...

    @abc.abstractstaticmethod
    def helper(): ...

    @abc.abstractproperty
    def value(self): ...


print(sorted(Old.__abstractmethods__))
import inspect


class Hooked(abc.ABC):
    @abc.abstractmethod
    def f(self): ...

    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, inspect.isabstract(cls))


class Impl(Hooked):
    def f(self):
        pass


class StillAbstract(Hooked):
    pass


print(inspect.isabstract(Base), inspect.isabstract(Later), inspect.isabstract(Impl),
      inspect.isabstract(StillAbstract), inspect.isabstract(InBody), inspect.isabstract(int))
