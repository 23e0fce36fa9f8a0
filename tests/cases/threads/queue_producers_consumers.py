# Producer/consumer over a bounded Queue: 3 producers put 1..200 each (tagged
# with the producer), 3 consumers take items until they get a stop marker.
# Every item arrives exactly once; totals are printed sorted.
import queue
import threading

q = queue.Queue(maxsize=10)
N = 200
received = {c: [] for c in range(3)}


def producer(p):
    for i in range(1, N + 1):
        q.put((p, i))


def consumer(c):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            return
        received[c].append(item)
        q.task_done()


producers = [threading.Thread(target=producer, args=(p,)) for p in range(3)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(3)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
q.join()  # every produced item has been processed
print("unfinished after join:", q.unfinished_tasks, q.empty())
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()

every = sorted(item for items in received.values() for item in items)
per_producer = sorted((p, sum(i for q_, i in every if q_ == p)) for p in range(3))
print("items:", len(every), "distinct:", len(set(every)))
print("totals per producer:", per_producer)
print("grand total:", sum(i for _, i in every), 3 * N * (N + 1) // 2)
# Items of one producer come out in the order it put them (FIFO).
for c, items in sorted(received.items()):
    for p in range(3):
        mine = [i for q_, i in items if q_ == p]
        assert mine == sorted(mine), (c, p)
print("per-producer order kept by every consumer")
