# Closures: counter factories with nonlocal state, function factories,
# decorators (call counting and memoisation via a closed-over dict), and
# composition of small functions.

N = 800000


def make_counter(start, step):
    value = start

    def bump():
        nonlocal value
        value += step
        return value

    return bump


def make_adder(k):
    def add(x):
        return x + k
    return add


def make_multiplier(k):
    return lambda x: x * k


def compose(f, g):
    def h(x):
        return f(g(x))
    return h


def counted(fn):
    calls = [0]

    def wrapper(*args):
        calls[0] += 1
        return fn(*args)

    wrapper.calls = calls
    return wrapper


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        result = fn(n)
        cache[n] = result
        return result

    return wrapper


@counted
def area(w, h):
    return w * h


@memoize
def partitions(n):
    # number of ways to write n as ordered sums of 1, 2 and 5 (mod a prime)
    if n < 0:
        return 0
    if n == 0:
        return 1
    return (partitions(n - 1) + partitions(n - 2) + partitions(n - 5)) % 1000003


def main():
    counters = [make_counter(i, i + 1) for i in range(10)]
    total = 0
    for i in range(N):
        total += counters[i % 10]()
    print("counters", total)

    fs = [compose(make_adder(i), make_multiplier(i % 7 + 1)) for i in range(20)]
    acc = 0
    for i in range(N):
        acc = (acc + fs[i % 20](i)) % 1000000007
    print("composed", acc)

    s = 0
    for i in range(N):
        s += area(i % 100, i % 37)
    print("area", s, area.calls[0])

    p = 0
    for n in range(0, 900, 3):
        p = (p + partitions(n)) % 1000003
    print("partitions", p)

    pipeline = make_adder(0)
    for k in range(1, 30):
        pipeline = compose(make_adder(k), pipeline)
    print("chain", sum(pipeline(i) for i in range(N // 10)))


main()
