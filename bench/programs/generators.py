# Generators: pipelines of generator functions (source -> filter -> map ->
# sliding window), yield from, generator expressions consumed by sum/max/any,
# and a send()-driven running-average coroutine.

N = 800000


def numbers(n):
    state = 7
    for _ in range(n):
        state = (state * 48271) % 2147483647
        yield state % 10000


def only_odd(src):
    for x in src:
        if x & 1:
            yield x


def scaled(src, factor):
    for x in src:
        yield x * factor // 7


def windows(src, size):
    buf = []
    for x in src:
        buf.append(x)
        if len(buf) == size:
            yield buf[0] + buf[-1] + sum(buf) // size
            buf.pop(0)


def chain(*sources):
    for s in sources:
        yield from s


def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total // count


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


def main():
    pipeline = windows(scaled(only_odd(numbers(N)), 3), 4)
    total = 0
    count = 0
    for v in pipeline:
        total += v
        count += 1
    print("pipeline", count, total)

    s = sum(x * x for x in numbers(N // 2) if x % 3 == 0)
    m = max(x % 997 for x in chain(numbers(1000), range(N // 4)))
    a = any(x == 9999 for x in numbers(N // 4))
    print("genexpr", s, m, a)

    avg = averager()
    next(avg)
    last = None
    for x in numbers(N // 2):
        last = avg.send(x)
    print("average", last)

    nested = [[i, [i + 1, [i + 2, i + 3]], i + 4] for i in range(N // 20)]
    print("flatten", sum(flatten(nested)))


main()
