out = []
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    out.append(i)
print(out)
i = 0
res = []
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 10:
        break
    res.append(i)
print(res)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
