try:
    {}.attr
except AttributeError as e:
    print(type(e).__name__, e, e.name, type(e.obj).__name__)
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e, e.name)
try:
    import nonexistent_mod_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
e = ValueError('note me')
e.add_note('first note')
e.add_note('second note')
print(e.__notes__, str(e))
try:
    raise StopIteration('stop')
except StopIteration as s:
    print(s.value)
ex = Exception('x')
print(ex.with_traceback(None) is ex, BaseException.__name__)
