def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return 'lookup-ish ' + type(e).__name__
    except ArithmeticError as e:
        return 'arith ' + type(e).__name__
    except Exception as e:
        return 'other ' + type(e).__name__
for exc in [KeyError('a'), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), LookupError()]:
    print(classify(exc))
try:
    raise ValueError
except (TypeError, ValueError):
    print('class raised, instance caught')
errors = (ValueError, TypeError)
try:
    int('x')
except errors as e:
    print('caught via variable tuple', type(e).__name__)
try:
    try:
        raise RuntimeError('inner')
    except ValueError:
        print('not here')
except RuntimeError as e:
    print('propagated', e)
