import sys
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        yield repr(sys.exception())
        yield repr(sys.exception())
it = g()
print(next(it))
print("outside:", repr(sys.exception()))
try:
    raise KeyError("outer")
except KeyError:
    print(next(it))
    print("after resume:", repr(sys.exception()))

def h():
    yield repr(sys.exception())
try:
    raise TypeError("t")
except TypeError:
    print(next(h()))

# A bare raise in a generator re-raises what its resumer handles.
def reraiser():
    yield 1
    raise
r = reraiser()
next(r)
try:
    raise IndexError("handled by caller")
except IndexError:
    try:
        next(r)
    except IndexError as e:
        print("re-raised:", repr(e))

# Implicit __context__ of an error raised in a suspended-then-resumed generator.
def ctx():
    try:
        raise ValueError("gen")
    except ValueError:
        yield
        raise KeyError("k")
c = ctx()
next(c)
try:
    next(c)
except KeyError as e:
    print("context:", repr(e.__context__))

# Delegation keeps each generator's state.
def inner():
    try:
        raise OSError("inner")
    except OSError:
        yield repr(sys.exception())
    yield repr(sys.exception())
def outer():
    yield from inner()
    yield repr(sys.exception())
print(list(outer()))

# throw() into a generator suspended in an except block.
def catcher():
    try:
        raise ValueError("v")
    except ValueError:
        try:
            yield
        except KeyError:
            print("caught", repr(sys.exception()))
            yield repr(sys.exception())
k = catcher()
next(k)
print(k.throw(KeyError("t")))
print("end:", repr(sys.exception()))
