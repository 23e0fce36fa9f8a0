def counter(start):
    def gen():
        nonlocal start
        while True:
            start += 1
            yield start
    return gen()
c = counter(10)
print(next(c), next(c), next(c))
def make_gens():
    return [(lambda n=n: (x * n for x in range(3)))() for n in range(1, 4)]
print([list(g) for g in make_gens()])
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave('abc', [1, 2], 'XYZW')))
