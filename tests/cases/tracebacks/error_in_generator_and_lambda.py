transform = lambda x: 10 / x
def values():
    for v in [5, 2, 0, 1]:
        yield transform(v)
for result in values():
    print(result)
