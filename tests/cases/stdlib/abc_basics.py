# abc: abstract methods block instantiation until implemented; register()
# adds virtual subclasses; __subclasshook__ answers for unrelated classes.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def name(self): ...

    @property
    @abstractmethod
    def sides(self): ...

    def describe(self):
        return f"{self.name()} with area {self.area()}"


print(sorted(Shape.__abstractmethods__))
for cls in (Shape,):
    try:
        cls()
    except TypeError as e:
        print(e)


class Partial(Shape):
    def area(self):
        return 4

    def name(self):
        return "square"


try:
    Partial()
except TypeError as e:
    print(e)


class Square(Partial):
    sides = 4


sq = Square()
print(sq.describe(), sq.sides, Square.__abstractmethods__)
print(isinstance(sq, Shape), issubclass(Square, Shape), type(Shape).__name__)


class Duck:
    pass


print(Shape.register(Duck) is Duck, isinstance(Duck(), Shape), issubclass(Duck, Partial))
try:
    Shape.register(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Square.register(Shape)
except RuntimeError as e:
    print(type(e).__name__, e)


class HasLen(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], HasLen), isinstance(5, HasLen), issubclass(dict, HasLen))
try:
    issubclass(5, HasLen)
except TypeError as e:
    print(type(e).__name__, e)
print(Shape.__mro__, HasLen.__subclasshook__(int), object.__subclasshook__(int))
