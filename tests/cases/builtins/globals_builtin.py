g = globals()
print(type(g).__name__, g['__name__'], '__builtins__' in g, 'g' in g)
g['injected'] = 'value from globals'
print(injected)
x = 1
def f():
    return globals() is g, globals()['x']
print(f())
print(sorted(k for k in g if not k.startswith('__')))
del g['injected']
try:
    injected
except NameError as e:
    print(type(e).__name__, e)
print(__name__, type(__builtins__).__name__ in ('module', 'dict'))
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__, e)
