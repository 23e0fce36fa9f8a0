def g():
    x = yield
    print('x =', x)
    y = yield x * 2
    print('y =', y)
    z = yield (yield y)
    print('z =', z)
it = g()
print(next(it))
print(it.send(5))
print(it.send('why'))
print(it.send('inner'))
try:
    it.send('zed')
except StopIteration:
    print('finished')
try:
    compile("def lst():\n    return [(yield i) for i in range(3)]\n", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
