def level3():
    raise IndexError('deep')
def level2():
    try:
        level3()
    except KeyError:
        print('wrong handler')
def level1():
    try:
        level2()
    except LookupError as e:
        print('level1 caught', type(e).__name__, e)
        return 'handled'
print(level1())
try:
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as inner:
            print('inner', repr(inner), repr(inner.__context__))
        print('back in outer handler')
except Exception:
    print('unexpected')
try:
    try:
        raise OSError('io')
    except OSError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError as r:
    print(repr(r), repr(r.__cause__))
