for obj in [5, 'str', [1], None, {'a': 1}]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print(type(e).__name__, e)
