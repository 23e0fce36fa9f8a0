class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        return self.suppress
with Managed('a') as m:
    print('body with', m.name)
with Managed('b', suppress=True):
    raise ValueError('suppressed')
print('after b')
try:
    with Managed('c'):
        raise KeyError('propagates')
except KeyError as e:
    print('caught', repr(e))
with Managed('outer') as o, Managed('inner') as i:
    print('both', o.name, i.name)
def early():
    with Managed('ret'):
        return 'returned'
print(early())
for n in range(2):
    with Managed(f'loop{n}'):
        if n == 0:
            continue
        break
