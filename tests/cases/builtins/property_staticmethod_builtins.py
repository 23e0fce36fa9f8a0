class C:
    def get(self):
        return 'got'
    p = property(get, doc='the p')
    s = staticmethod(lambda: 'static')
    c = classmethod(lambda cls: cls.__name__)
print(C().p, C.p.__doc__, C.s(), C().s(), C.c(), C().c())
print(type(C.__dict__['s']).__name__, type(C.__dict__['c']).__name__, type(C.__dict__['p']).__name__)
print(C.p.fget is C.get, C.p.fset, C.p.fdel)
try:
    C().p = 1
except AttributeError as e:
    print(type(e).__name__, e)
