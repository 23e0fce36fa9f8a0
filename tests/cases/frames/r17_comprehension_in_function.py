# R17: locals() inside a function-scope comprehension.
def f():
    x = 1
    y = 2
    return [locals() for y in 'ab']
print(f())
def g():
    r = [sorted(locals()) for q in [0]]
    return r
print(g())
