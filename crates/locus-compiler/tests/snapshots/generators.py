def counter(n):
    i = 0
    while i < n:
        received = yield i
        if received:
            i = received
        i += 1
    return "done"

def delegate(it):
    result = yield from it
    yield result

squares = (x * x for x in range(10) if x % 2)
pairs = ((a, b) for a in range(3) for b in range(a))
gen_lambda = lambda: (yield 1)
total = sum(x for x in data)
