a = b = c = 0
x, (y, z) = 1, (2, 3)
first, *rest = [1, 2, 3]
*init, last = "abc"
[p, q] = r = (4, 5)
obj.attr = 1
obj.inner.attr = 2
d[k] = 3
d[i:j] = 4
d[1, 2] = 5
n += 1
obj.count *= 2
d[k] -= 1
d[i:j] |= s
if (w := len(rest)) > 1:
    print(w)
del a, obj.attr, d[k]
del (x, y), [z]
