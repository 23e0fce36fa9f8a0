data = [1, 5, 12, 7, 20, 3]
if (n := len(data)) > 5:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print('value', v)
print('stopped at', v)
def f():
    [z := i for i in range(4)]
    return z
print(f())
print((w := 5) + w, w)
total = 0
print([total := total + i for i in range(5)], total)
