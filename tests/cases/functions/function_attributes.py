def documented(a, b=1, *args, c, d=4, **kw):
    """This is the docstring.

    More lines."""
    return a
print(documented.__name__, documented.__qualname__)
print(repr(documented.__doc__))
print(documented.__defaults__, documented.__kwdefaults__)
print(documented.__module__, type(documented).__name__, callable(documented))
def nodoc():
    x = 1
print(nodoc.__doc__)
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__name__, C.method.__qualname__, C().method().__qualname__)
def outer():
    def nested():
        pass
    return nested
print(outer().__qualname__, (lambda: 0).__qualname__)
documented.custom = 'attr'
print(documented.custom, documented.__dict__)
nodoc.__name__ = 'renamed'
print(nodoc.__name__, nodoc.__qualname__)
