if a and b or not c:
    x = 1
elif a < b < c:
    x = 2
elif a is None:
    x = 3
elif a is not None and b:
    x = 4
else:
    x = 5
y = a and b
z = a or b or c
t = p if q else r
assert x, "message"
assert y
while x > 0 and not done:
    x -= 1
cmp = a < b <= c != d
