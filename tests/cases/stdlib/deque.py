# collections.deque: both ends, maxlen, rotate, indexing, errors, repr.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d, len(d), d[0], d[-1], 2 in d)
d.extend("ab")
d.extendleft([8, 9])
print(d, list(reversed(d)), d.count(2), d.index(3))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = "x"
del d[0]
d.insert(1, "i")
print(d)
d.remove("x")
d.reverse()
print(d, d.copy(), d == deque(d), deque([1, 2]) < deque([1, 3]), d != deque())
b = deque(range(6), maxlen=3)
print(b, b.maxlen)
b.appendleft("L")
b.append("R")
print(b, b + deque([7]), b * 2)
b.extendleft("xy")
print(b, deque(maxlen=0), deque([1], maxlen=None).maxlen)
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
q = deque()
for i in range(4):
    q.append(i)
order = []
while q:
    v = q.popleft()
    order.append(v)
    if v < 2:
        q.append(v + 10)
print(order)
for bad in (lambda: deque().pop(), lambda: deque().popleft(), lambda: d[50],
            lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2),
            lambda: d.remove("nope"), lambda: d.index("nope"),
            lambda: deque(maxlen="a"), lambda: d.rotate("x"), lambda: d + [1]):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m = deque([1, 2])
try:
    for item in m:
        m.append(item)
except RuntimeError as e:
    print(e)
s = deque()
s.append(s)
print(s)


class Sub(deque):
    pass


print(Sub([1]), Sub([1], 2), Sub([1]).copy(), type(Sub() + Sub()).__name__)
