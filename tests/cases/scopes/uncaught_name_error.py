def report(items):
    total = 0
    for item in items:
        total += item
    print("total", total)
    return qqqzzz
report([1, 2, 3])
