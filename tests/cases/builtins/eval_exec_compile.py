print(eval('2 ** 10'), eval('[x * 2 for x in range(3)]'), eval('a + b', {'a': 1, 'b': 2}))
ns = {}
exec('def f(n):\n    return n + 1\nv = f(41)', ns)
print(ns['v'], sorted(k for k in ns if k != '__builtins__'))
code = compile('x * 3', '<expr>', 'eval')
print(type(code).__name__, eval(code, {'x': 7}))
code2 = compile('for i in range(3): print("exec loop", i)', '<stmts>', 'exec')
exec(code2)
print(eval('len("abc")'), eval('  1 + 1  '), exec('pass'))
loc = {'y': 5}
exec('z = y * 2', {}, loc)
print(loc)
try:
    eval('undefined_in_eval')
except NameError as e:
    print(type(e).__name__, e)
try:
    compile('x', '<s>', 'bogus')
except ValueError as e:
    print(type(e).__name__, e)
try:
    eval('x = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
