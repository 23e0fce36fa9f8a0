# heapq: push, pop, heapify, heapreplace, heappushpop; the list's layout
# (equal items included) and the errors.
import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 1]:
    heapq.heappush(h, x)
print(h, h[0])
print([heapq.heappop(h) for _ in range(len(h))], h)

data = [9, 4, 7, 1, 8, 2, 2, 6, 0, 5]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 3), data)
print(heapq.heappushpop([], 4))


class Item:
    """Compares by priority only, so equal items show where each went."""

    def __init__(self, prio, tag):
        self.prio, self.tag = prio, tag

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"{self.prio}{self.tag}"


items = [Item(p, t) for p, t in zip([2, 1, 2, 1, 0, 2, 1, 0], "abcdefgh")]
heapq.heapify(items)
print(items)
heapq.heappush(items, Item(1, "i"))
print(items)
print([heapq.heappop(items) for _ in range(4)], items)
print(heapq.heapreplace(items, Item(0, "j")), items)

# Tuples as (priority, task); a list subclass is accepted.
class MyList(list):
    pass


tasks = MyList()
for task in [(3, "write"), (1, "plan"), (2, "code"), (1, "eat")]:
    heapq.heappush(tasks, task)
print(type(tasks).__name__, [heapq.heappop(tasks)[1] for _ in range(4)])

for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
             lambda: heapq.heappush((), 1), lambda: heapq.heappop(()),
             lambda: heapq.heapify("ab"), lambda: heapq.heappushpop((), 1),
             lambda: heapq.heapreplace({}, 1), lambda: heapq.heappush([1], "a")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(heapq.__all__)
