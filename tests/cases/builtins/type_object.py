print(type(1), type('s'), type([]), type(None), type(type), type(len), type(print).__name__)
print(type(1) is int, type(True) is bool, type(1.0).__name__, type(object()).__name__)
o = object()
print(type(o).__name__, isinstance(o, object), isinstance(5, object), object.__name__, object.__bases__)
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(n for n in dir(object) if n in ('__repr__', '__eq__', '__hash__', '__init__', '__class__')))
