# property exposes __get__, __set__ and __delete__ (what inspect's
# isdatadescriptor looks for), and calling them acts like the attribute.
class C:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        self._x = v

    @x.deleter
    def x(self):
        print('deleting')
        del self._x

    y = property(lambda self: 2)


print([n for n in ('__get__', '__set__', '__delete__') if hasattr(property, n)])
c = C()
C.x.__set__(c, 5)
print(c.x, C.x.__get__(c, C), C.x.__get__(None, C) is C.x)
C.x.__delete__(c)
print(hasattr(c, '_x'))
for call in (lambda: C.y.__set__(c, 1), lambda: C.y.__delete__(c)):
    try:
        call()
    except AttributeError as e:
        print('AttributeError', e)
