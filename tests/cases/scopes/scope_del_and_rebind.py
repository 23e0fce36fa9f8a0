x = 1
def f():
    global x
    del x
f()
try:
    x
except NameError as e:
    print(type(e).__name__, e)
x = 2
print(x)
def g():
    y = 1
    def h():
        return y
    r1 = h()
    y = 2
    r2 = h()
    return r1, r2
print(g())
def k():
    a = [1]
    def m():
        a.append(2)
    m()
    return a
print(k())
