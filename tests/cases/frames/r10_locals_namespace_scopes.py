# R10: locals() is the real namespace at module and class level and in exec.
print(locals() is globals())
class C:
    locals()['k'] = 1
    j = k
print(C.j, C.k)
y = 2
class D:
    global y
    y = 2
    locals()['y'] = 3
    seen = [y for _ in range(1)]
print(y, D.seen, D.__dict__['y'])
ns = {}
exec("r = locals() is L", {"L": ns}, ns)
print(ns["r"])
