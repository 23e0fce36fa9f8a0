# Queue across threads: a get() blocks until another thread puts, a put()
# on a full queue blocks until a get(), join() waits for task_done(),
# shutdown() wakes blocked getters and putters with ShutDown; SimpleQueue,
# LifoQueue and PriorityQueue hand items over between threads too.
import queue
import threading

log = []


def run(target, *args):
    t = threading.Thread(target=target, args=args)
    t.start()
    return t


q = queue.Queue()
t = run(lambda: log.append(("got", q.get())))
q.put("hello")
t.join()

full = queue.Queue(1)
full.put("first")
t = run(full.put, "second")
while not full.not_full._waiters:  # until the putter blocks
    threading.Event().wait(0.001)
took = full.get()
t.join()
log.append(("took", took, "putter done:", not t.is_alive()))
log.append(("then", full.get(timeout=5)))

jobs = queue.Queue()
for i in range(5):
    jobs.put(i)
done = []


def worker():
    while True:
        try:
            item = jobs.get_nowait()
        except queue.Empty:
            return
        done.append(item * item)
        jobs.task_done()


ws = [run(worker) for _ in range(2)]
jobs.join()
for w in ws:
    w.join()
log.append(("squares", sorted(done)))

# shutdown() wakes a blocked getter and a blocked putter.
empty = queue.Queue()
outcome = []


def blocked_get():
    try:
        empty.get()
    except queue.ShutDown:
        outcome.append("get: ShutDown")


one = queue.Queue(1)
one.put(0)


def blocked_put():
    try:
        one.put(1)
    except queue.ShutDown:
        outcome.append("put: ShutDown")


ts = [run(blocked_get), run(blocked_put)]
while len(empty.not_empty._waiters) + len(one.not_full._waiters) < 2:
    threading.Event().wait(0.001)
empty.shutdown()
one.shutdown()
for t in ts:
    t.join()
log.append(sorted(outcome))

# join() returns once shutdown(immediate=True) drops the items.
pending = queue.Queue()
pending.put("x")
t = run(pending.join)
pending.shutdown(immediate=True)
t.join()
log.append(("joined", pending.unfinished_tasks))

s = queue.SimpleQueue()
t = run(lambda: log.append(("simple", s.get(timeout=5))))
s.put("item")
t.join()
for kind in (queue.LifoQueue, queue.PriorityQueue):
    k = kind()
    for x in [2, 3, 1]:
        k.put(x)
    got = []
    t = run(lambda: got.extend(k.get() for _ in range(3)))
    t.join()
    log.append((kind.__name__, got))
for entry in log:
    print(entry)
