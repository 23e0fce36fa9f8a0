# R25, R26, R27, R30: exec/eval namespaces.
def f():
    x = 1
    exec("x = 2")
    exec("a = 0")
    try:
        exec("print(a)")
    except NameError as e:
        print("NameError:", e)
    print(x, 'a' in locals())
    ns = {}
    exec('a = 0', locals=ns)
    print(ns, eval('q', locals={'q': 1}))
    g = {}
    exec("b = 5", g)
    print(g['b'], '__builtins__' in g)
f()
