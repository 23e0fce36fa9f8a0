class AppError(Exception):
    pass
def load():
    try:
        {}['missing']
    except KeyError as e:
        raise AppError('load failed') from e
try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
def load2():
    try:
        {}['missing']
    except KeyError:
        raise AppError('no chain') from None
try:
    load2()
except AppError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('during handling')
try:
    implicit()
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise ValueError('x') from 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError('y') from KeyError
except ValueError as e:
    print(repr(e.__cause__))
