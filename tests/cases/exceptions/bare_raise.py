def handler():
    try:
        raise KeyError('original')
    except KeyError:
        print('logging and re-raising')
        raise
try:
    handler()
except KeyError as e:
    print('caught again', repr(e))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise_after_other():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except Exception as e:
    print(type(e).__name__, e)
