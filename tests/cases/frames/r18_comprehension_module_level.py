# R18, R34: module-level comprehensions: locals() is a fresh snapshot of the hidden variables.
r = [locals() for i in range(1)]
print(r, r[0] is globals())
data = [1, 2]
y = 'before'
[exec("y = x") for x in data]
print(y)
print([eval("x") for x in data], [locals()["x"] for x in data], [vars()["x"] for x in data], ["x" in dir() for x in data])
class C:
    r = [locals() for j in range(2)]
print(C.r)
