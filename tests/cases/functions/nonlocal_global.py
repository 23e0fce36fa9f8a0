g = 'global'
def use_global():
    global g
    g = 'modified'
    global newname
    newname = 'created'
use_global()
print(g, newname)
def outer():
    a = 1
    def mid():
        nonlocal a
        a += 10
        def inner():
            nonlocal a
            a *= 2
        inner()
    mid()
    return a
print(outer())
def counter_pair():
    n = 0
    def get():
        return n
    def inc():
        nonlocal n
        n += 1
    return get, inc
get, inc = counter_pair()
inc(); inc()
print(get())
x = 0
def shadow():
    x = 5
    return x
print(shadow(), x)
