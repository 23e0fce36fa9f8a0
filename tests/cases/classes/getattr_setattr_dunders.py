class Dynamic:
    def __init__(self):
        self.real = 'real value'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return f'generated {name}'
        raise AttributeError(f'{type(self).__name__!r} has no {name!r}')
d = Dynamic()
print(d.real, d.auto_x, getattr(d, 'auto_y'), hasattr(d, 'other'))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __setattr__(self, name, value):
        print(f'  set {name}={value!r}')
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print(f'  del {name}')
        super().__delattr__(name)
l = Logged()
l.a = 1
l.b = [2]
del l.a
print(vars(l))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
f = Frozen(3)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e, f.v)
class Everything:
    def __getattribute__(self, name):
        return name.upper()
print(Everything().hello, Everything().x)
