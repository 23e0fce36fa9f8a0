# isinstance/issubclass consult the metaclass's __instancecheck__ and
# __subclasscheck__ (after an exact type match), as CPython does.
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", cls.__name__, type(obj).__name__)
        return obj == 5

    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub)
        return sub is int


class Five(metaclass=Meta):
    pass


print(isinstance(5, Five), isinstance(6, Five))
print(isinstance(Five(), Five))
print(issubclass(int, Five), issubclass(Five, Five), issubclass(float, (str, Five)))
print(issubclass(3, Five))
print(isinstance(5, (str, Five)))
print(repr(Five), Five.__mro__, type(Five))
for args in ((1, 1), (int, 1), (1, int)):
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1, 1)
except TypeError as e:
    print(type(e).__name__, e)


class Plain(metaclass=type):
    pass


print(isinstance(Plain(), Plain), issubclass(bool, int), issubclass(int, (bool, object)))
