# queue in one thread: FIFO, LIFO, priority and simple queues; Empty, Full,
# timeouts, task_done, shutdown.
import queue

q = queue.Queue()
for x in "abc":
    q.put(x)
print(q.qsize(), q.empty(), q.full(), q.get(), q.get_nowait(), q.get(timeout=0.01))
for call in [q.get_nowait, lambda: q.get(False), lambda: q.get(timeout=0.01),
             lambda: q.get(timeout=-1), lambda: q.get(False, -1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

b = queue.Queue(maxsize=2)
b.put(1)
b.put_nowait(2)
print(b.full(), b.qsize(), b.maxsize)
for call in [lambda: b.put_nowait(3), lambda: b.put(3, timeout=0.01),
             lambda: b.put(3, timeout=-0.5), lambda: b.put(3, False, -1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(queue.Queue().put(1, timeout=-1), "(unbounded: no check)")

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    lifo.put(x)
    prio.put(x)
print([lifo.get() for _ in range(4)], [prio.get() for _ in range(4)])

s = queue.SimpleQueue()
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.empty(), s.get(), s.get_nowait(), s.empty())
for call in [s.get_nowait, lambda: s.get(timeout=0.01), lambda: s.get(timeout=-1),
             lambda: s.get(False, -1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)

t = queue.Queue()
t.put("job")
t.get()
t.task_done()
t.join()
print("joined", t.unfinished_tasks)
try:
    t.task_done()
except ValueError as e:
    print("ValueError", e)

d = queue.Queue()
for x in range(3):
    d.put(x)
d.shutdown()
print(d.is_shutdown, d.get(), d.qsize())
for call in [lambda: d.put(9), d.get, d.get, d.get, lambda: d.get(False)]:
    try:
        print(call())
    except queue.ShutDown as e:
        print("ShutDown", repr(e))
i = queue.Queue()
for x in range(3):
    i.put(x)
i.shutdown(immediate=True)
print(i.qsize(), i.unfinished_tasks, i.empty())
i.join()
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception),
      issubclass(queue.ShutDown, Exception), sorted(queue.__all__))
print(queue.Queue[int])
