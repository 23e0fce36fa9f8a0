calls = []
def f(x):
    calls.append(x)
    return x * 10
print([y for x in range(5) if (y := f(x)) > 20])
print(calls)
data = [4, 8, 15, 16, 23, 42]
print([(v, total := total + v) for v in data] if (total := 0) == 0 else None)
print(total)
seen = set()
print([x for x in [3, 1, 3, 2, 1] if not (x in seen or seen.add(x))])
def in_func():
    [last := i for i in range(5)]
    return last
print(in_func())
