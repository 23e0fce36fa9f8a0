# The is* predicates of inspect over the common kinds of objects.
import inspect
import math
import sys


def f():
    pass


def gen():
    yield 1


class C:
    def m(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def p(self):
        return 1


lam = lambda: 0
try:
    raise ValueError
except ValueError as e:
    tb = e.__traceback__

objs = [
    ('module', sys), ('math', math), ('class', C), ('int', int), ('type', type),
    ('function', f), ('lambda', lam), ('generator func', gen), ('generator', gen()),
    ('method', C().m), ('classmethod', C.cm), ('staticmethod', C.sm),
    ('plain function', C.m), ('len', len), ('[].append', [].append),
    ('sys._getframe', sys._getframe), ('math.sqrt', math.sqrt),
    ('dict.fromkeys', dict.fromkeys), ('frame', sys._getframe()),
    ('code', f.__code__), ('traceback', tb), ('None', None), ('1', 1),
    ('instance', C()), ('property', C.__dict__['p']), ('str', 'x'),
]
preds = [
    'ismodule', 'isclass', 'ismethod', 'isfunction', 'isgeneratorfunction',
    'isgenerator', 'iscoroutinefunction', 'iscoroutine', 'isasyncgenfunction',
    'isasyncgen', 'isawaitable', 'isframe', 'iscode', 'isbuiltin', 'isroutine',
    'istraceback', 'isabstract', 'isdatadescriptor',
]
for name, o in objs:
    print(f'{name:15}', ' '.join(p[2:] for p in preds if getattr(inspect, p)(o)))


def marked():
    pass


print(inspect.iscoroutinefunction(marked))
print(inspect.markcoroutinefunction(marked) is marked)
print(inspect.iscoroutinefunction(marked), inspect.isfunction(marked))


class WithAbstract:
    __abstractmethods__ = frozenset({'run'})


print(inspect.isabstract(WithAbstract), inspect.isabstract(C))
print(inspect.isgeneratorfunction(C().m), inspect.isgeneratorfunction(gen))
print(inspect.CO_GENERATOR, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS, inspect.CO_COROUTINE)
print(bool(gen.__code__.co_flags & inspect.CO_GENERATOR))
