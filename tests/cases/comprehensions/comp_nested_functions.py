def make_table(n):
    return [[i * j for j in range(1, n + 1)] for i in range(1, n + 1)]
for row in make_table(4):
    print(row)
def outer(k):
    def inner():
        return [k * x for x in range(3)]
    return inner()
print(outer(5))
def nested_closure():
    fs = [[lambda a=a, b=b: a + b for b in range(2)] for a in range(2)]
    return [[f() for f in row] for row in fs]
print(nested_closure())
print([[c for c in w] for w in ['ab', 'cd']])
print({k: {v: v * 2 for v in range(k)} for k in range(3)})
