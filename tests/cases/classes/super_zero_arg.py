class A:
    def __init__(self):
        self.log = ['A']
    def f(self):
        return 'A.f'
    @classmethod
    def cm(cls):
        return f'A.cm({cls.__name__})'
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append('B')
    def f(self):
        return 'B.f > ' + super().f()
    @classmethod
    def cm(cls):
        return 'B.cm > ' + super().cm()
class C(B):
    def __init__(self):
        super().__init__()
        self.log.append('C')
    def f(self):
        return 'C.f > ' + super().f()
c = C()
print(c.log, c.f(), C.cm(), B.cm())
class Base:
    def __init__(self, **kw):
        self.extra = kw
class Mixin:
    def __init__(self, mixval=None, **kw):
        self.mixval = mixval
        super().__init__(**kw)
class Final(Mixin, Base):
    def __init__(self, **kw):
        super().__init__(**kw)
f = Final(mixval=1, other=2)
print(f.mixval, f.extra)
