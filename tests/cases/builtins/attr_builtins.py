class C:
    x = 1
c = C()
print(hasattr(c, 'x'), hasattr(c, 'y'), getattr(c, 'x'), getattr(c, 'y', 'default'), getattr(C, 'x'))
setattr(c, 'y', 5)
print(c.y, hasattr(c, 'y'), c.__dict__)
delattr(c, 'y')
print(hasattr(c, 'y'), getattr(c, 'y', None))
setattr(C, 'z', 'class attr')
print(c.z)
print(getattr([], 'append').__name__, getattr('abc', 'upper')())
try:
    getattr(c, 'missing')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(c, 'nothere')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, 'x', 1)
except AttributeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def p(self):
        raise ValueError('not attribute error')
try:
    hasattr(Raises(), 'p')
except ValueError as e:
    print('hasattr propagates', type(e).__name__, e)
