def f():
    return 1
first = f
def f():
    return 2
print(first(), f(), first is f)
def g(x):
    if x:
        def h():
            return 'branch a'
    else:
        def h():
            return 'branch b'
    return h()
print(g(True), g(False))
funcs = []
for i in range(3):
    def fn(i=i):
        return i * 10
    funcs.append(fn)
print([fn() for fn in funcs], funcs[0] is funcs[1])
