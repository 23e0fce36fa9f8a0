import _helper_mod
print(_helper_mod.CONSTANT, _helper_mod.greet('world'), _helper_mod.Thing())
print(_helper_mod.__name__, type(_helper_mod).__name__, _helper_mod.__doc__)
print(__name__)
print(sorted(n for n in dir(_helper_mod) if not n.startswith('__')))
