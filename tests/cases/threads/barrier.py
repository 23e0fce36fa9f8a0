# Barrier: 5 threads meet 3 times; each round every thread gets a distinct
# index, the action runs once per round, and nobody starts round r+1
# before all finished round r.
import threading

N, ROUNDS = 5, 3
actions = []
log = []
lock = threading.Lock()
barrier = threading.Barrier(N, action=lambda: actions.append(len(log)))
print(barrier.parties, barrier.n_waiting, barrier.broken)


def worker(i):
    for r in range(ROUNDS):
        with lock:
            log.append(("arrive", r))
        index = barrier.wait()
        with lock:
            log.append(("index", r, index))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for r in range(ROUNDS):
    print(r, sorted(e[2] for e in log if e[0] == "index" and e[1] == r))
# Every arrival of round r comes before any arrival of round r+1.
arrivals = [e[1] for e in log if e[0] == "arrive"]
print(arrivals == sorted(arrivals), len(actions), barrier.n_waiting, barrier.broken)

# A timeout breaks the barrier for every waiter.
b = threading.Barrier(3, timeout=0.05)
errors = []


def lonely():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


ts = [threading.Thread(target=lonely) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(errors, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print(b.broken, issubclass(threading.BrokenBarrierError, RuntimeError))

# abort() releases a waiter; reset() while a thread waits breaks its wait.
c = threading.Barrier(2)
out = []


def one():
    try:
        out.append(c.wait())
    except threading.BrokenBarrierError:
        out.append("broken")


t = threading.Thread(target=one)
t.start()
while c.n_waiting == 0:
    threading.Event().wait(0.001)
print("waiting:", c.n_waiting)
c.abort()
t.join()
print(out, c.broken)
c.reset()
t = threading.Thread(target=one)
t.start()
while c.n_waiting == 0:
    threading.Event().wait(0.001)
c.reset()
t.join()
print(out, c.broken, c.n_waiting)

# A failing action breaks the barrier; the thread that ran it gets the error.
def boom():
    raise ValueError("action failed")


d = threading.Barrier(2, action=boom)
outcomes = []


def party():
    try:
        d.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError:
        outcomes.append("BrokenBarrierError")
    except ValueError as e:
        outcomes.append(f"ValueError: {e}")


ts = [threading.Thread(target=party) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(outcomes), d.broken)
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError", e)
print(threading.Barrier(1).wait(), threading.Barrier(1, timeout=0).wait(0.5))
