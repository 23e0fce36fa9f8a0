def f(a, b, /, c, *args, d, e=1, **kw):
    x = 1
    def g():
        return a, x
    return g
c = f.__code__
for attr in ("co_name", "co_qualname", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount",
             "co_nlocals", "co_varnames", "co_cellvars", "co_freevars", "co_names", "co_flags"):
    print(attr, getattr(c, attr))
g = f(1, 2, 3, d=4)
print(g.__code__.co_freevars, g.__code__.co_varnames, g.__code__.co_qualname)
print(c.co_filename.endswith("code.py"), c.co_firstlineno)
lines = list(c.co_lines())
print(type(lines[0]).__name__, len(lines[0]), all(isinstance(x, int) or x is None for t in lines for x in t))
print(sorted({l for _, _, l in lines if l is not None and l > c.co_firstlineno}))
c2 = c.replace(co_name="renamed")
print(c2.co_name, c.co_name, type(c2).__name__)
print(f.__code__ is f.__code__, hash(c) == hash(c))
def h(): pass
print(h.__code__.co_consts, h.__code__.co_names)
pos = list(c.co_positions())
print(len(pos) > 0, len(pos[0]))
