# List churn and sorting: records generated with an LCG, sorted with key
# functions (lambdas, tuples), list insert/pop/slicing, comprehensions and a
# hand-written binary search.

N = 160000


def make_records(n):
    state = 42
    records = []
    for i in range(n):
        state = (state * 214013 + 2531011) % 4294967296
        age = 18 + (state >> 8) % 60
        score = (state >> 4) % 1000
        city = "city%d" % ((state >> 12) % 40)
        records.append((i, age, score, city))
    return records


def bsearch(seq, x):
    lo = 0
    hi = len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if seq[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def insort_churn(values):
    ordered = []
    for v in values:
        ordered.insert(bsearch(ordered, v), v)
        if len(ordered) > 2000:
            ordered.pop(0)
            ordered.pop()
    return ordered


def main():
    records = make_records(N)
    by_score = sorted(records, key=lambda r: r[2])
    by_city_age = sorted(records, key=lambda r: (r[3], -r[1], r[0]))
    records.sort(key=lambda r: r[2] * 100 + r[1], reverse=True)
    print("by_score", by_score[0][0], by_score[-1][0])
    print("by_city_age", by_city_age[0], by_city_age[-1])
    print("desc", records[0], records[N // 2])

    scores = [r[2] for r in records]
    evens = [s for s in scores if s % 2 == 0]
    squares = [s * s for s in evens[:5000]]
    chunked = [sum(scores[i:i + 100]) for i in range(0, len(scores), 100)]
    print("evens", len(evens), sum(squares), max(chunked), min(chunked))

    kept = insort_churn([r[2] * 1000 + r[0] % 1000 for r in by_city_age[: N // 2]])
    print("kept", len(kept), kept[0], kept[-1])

    stack = []
    popped = 0
    for i in range(N * 2):
        if i % 3 == 2 and stack:
            popped += stack.pop()
        else:
            stack.append(i)
    stack.reverse()
    print("stack", len(stack), popped, stack[:3])


main()
