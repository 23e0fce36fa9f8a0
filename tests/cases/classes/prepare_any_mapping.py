import sys
class NS:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print("NS set", k)
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NS()
    def __new__(mcls, name, bases, ns):
        print("classcell" , '__classcell__' in ns.d, sorted(ns.d))
        return super().__new__(mcls, name, bases, ns.d)
class A(metaclass=Meta):
    x = 1
    y = x + 1
    print(type(locals()).__name__, locals() is sys._getframe().f_locals)
    del y
    def m(self):
        return __class__
print(A.x, A().m() is A, hasattr(A, 'y'))
