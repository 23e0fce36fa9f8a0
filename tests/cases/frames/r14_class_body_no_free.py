# R14: class bodies do not show enclosing variables; class names win.
def f():
    x = 'closure'
    y = 'closure'
    class C:
        y = 'class'
        seen = (x, y)
        names = sorted(k for k in locals() if not k.startswith('__'))
    return C.seen, C.names
print(f())
