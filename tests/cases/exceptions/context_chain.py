try:
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise TypeError('b')
    except TypeError:
        raise KeyError('c')
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(repr(cur))
        cur = cur.__context__
    print(chain)
e1 = ValueError('manual')
e1.__context__ = KeyError('ctx')
print(repr(e1.__context__))
try:
    raise e1
except ValueError as got:
    print(got is e1, repr(got.__context__))
try:
    raise ValueError('tb')
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
print(ValueError('fresh').__traceback__)
