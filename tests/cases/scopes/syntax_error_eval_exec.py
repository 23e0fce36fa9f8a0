for src in ["1 +", "x ===", "lambda: (yield)", "[x for x in]", "a if b", "f(,)"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, '|', e.lineno, e.offset is not None)
try:
    exec("def g():\n    return\n  x = 1\n")
except SyntaxError as e:
    print(type(e).__name__, '|', e.msg, '|', e.lineno)
try:
    exec("if True:\n\tx = 1\n        y = 2\n")
except SyntaxError as e:
    print(type(e).__name__, '|', e.msg, '|', e.lineno)
ns = {}
exec("def ok(a):\n    return a * 2\nresult = ok(21)", ns)
print(ns['result'], eval('1 + 2 * 3'), eval('x + y', {'x': 1, 'y': 2}))
print(issubclass(IndentationError, SyntaxError), issubclass(TabError, IndentationError))
