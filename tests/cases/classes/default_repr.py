class C:
    pass
c = C()
print(repr(c).startswith('<__main__.C object at 0x'), str(c) == repr(c), repr(c).endswith('>'))
print(repr(C), str(C), C.__module__, C.__name__)
class D:
    class Inner:
        pass
print(repr(D.Inner), repr(D.Inner()).startswith('<__main__.D.Inner object at 0x'))
print(repr(int), repr(object), repr(type), repr(ValueError), repr(type(None)))
print(repr(len), repr(print))
def f():
    pass
print(repr(f).startswith('<function f at 0x'), repr(lambda: 0).startswith('<function <lambda> at 0x'))
print(repr(C().__init__).startswith('<method-wrapper'), repr([].append).startswith('<built-in method append of list object at 0x'))
class M:
    def meth(self):
        pass
print(repr(M().meth).startswith('<bound method M.meth of <__main__.M object at 0x'))
