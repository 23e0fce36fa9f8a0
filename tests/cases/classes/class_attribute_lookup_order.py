class Desc:
    def __get__(self, obj, objtype=None):
        return 'data-descriptor' if obj is not None else 'class access'
    def __set__(self, obj, value):
        print('  Desc.__set__', value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'non-data'
class C:
    d = Desc()
    n = NonData()
c = C()
c.__dict__['d'] = 'instance dict d'
c.__dict__['n'] = 'instance dict n'
print(c.d, c.n, C.d, C.n)
c.d = 'assign'
print(c.__dict__['d'])
class Base:
    attr = 'base'
class Mid(Base):
    pass
class Leaf(Mid):
    pass
print(Leaf.attr, Leaf().attr)
Mid.attr = 'mid'
print(Leaf.attr)
del Mid.attr
print(Leaf.attr)
