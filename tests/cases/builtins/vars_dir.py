class C:
    a = 1
    def m(self):
        pass
c = C()
c.x = 10
print(vars(c), sorted(k for k in vars(C) if not k.startswith('__')))
print([n for n in dir(c) if not n.startswith('__')], [n for n in dir(C) if not n.startswith('_')])
print('append' in dir([]), 'upper' in dir(''), sorted(dir(C))[:1][0].startswith('__'))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
