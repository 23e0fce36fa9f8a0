def producer():
    yield 1
    yield 2
    raise ValueError("producer failed after 2 items")
for item in producer():
    print("item", item)
