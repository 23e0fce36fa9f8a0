for i in range(10):
    if i == 2:
        continue
    if i == 8:
        break
    print(i)
else:
    print("no break")

while True:
    n = next_value()
    if n is None:
        break

while cond():
    pass
else:
    done()

for a, b in pairs:
    for c in a:
        if c:
            break
        continue
