lst = []
for _ in range(100000):
    lst = [lst]
try:
    repr(lst)
except RecursionError as e:
    print(type(e).__name__)
d = {}
for _ in range(100000):
    d = {'k': d}
try:
    str(d)
except RecursionError as e:
    print(type(e).__name__)
t = ()
for _ in range(100000):
    t = (t,)
try:
    t == t[0]
except RecursionError as e:
    print(type(e).__name__)
shallow = [[[[1]]]]
print(repr(shallow))
