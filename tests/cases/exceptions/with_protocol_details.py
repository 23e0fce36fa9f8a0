class CM:
    def __enter__(self):
        return 'entered value'
    def __exit__(self, *args):
        print('exit args len', len(args), args[0])
        return None
with CM() as v:
    print(v)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Raising:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('not called')
try:
    with Raising():
        print('not run')
except RuntimeError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError('from exit')
try:
    with ExitRaises():
        raise KeyError('body')
except ValueError as e:
    print(repr(e), repr(e.__context__))
with CM() as (a):
    pass
