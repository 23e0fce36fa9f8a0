def outer():
    x = 1
    def change():
        nonlocal x
        x = 2
    def read():
        return x
    change()
    return x, read()
print(outer())
def accumulate():
    items = []
    total = 0
    def add(v):
        nonlocal total
        items.append(v)
        total += v
        return total
    return add
a = accumulate()
print(a(1), a(5), a(10))
def two_levels():
    v = 'a'
    def mid():
        def inner():
            nonlocal v
            v += 'c'
        nonlocal v
        v += 'b'
        inner()
    mid()
    return v
print(two_levels())
