# Condition: wait/notify/notify_all, wait_for, timeouts, the lock it
# wraps, and the errors.
import threading

c = threading.Condition()
print(type(c._lock).__name__ == type(threading.RLock()).__name__)
for call in [c.wait, c.notify, c.notify_all, lambda: c.wait_for(lambda: True)]:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError", e)

with c:
    print(c.wait(0.01), c.wait(0), c.wait(-1), c.wait_for(lambda: 0, 0.01),
          c.wait_for(lambda: "yes"), c.wait_for(lambda: [], timeout=0))
    with c:  # an RLock: reentrant
        c.notify()
print(c.acquire(), c._is_owned())
c.release()
print(c.__enter__())
c.__exit__(None, None, None)

lock = threading.Lock()
plain = threading.Condition(lock)
print(plain._lock is lock, plain._is_owned())
with plain:
    print(plain._is_owned(), lock.locked())
    plain.notify(5)

# Waiters are woken in arrival order: notify(2) wakes the first two,
# notify_all the rest. `arrived` shares the lock of `cond`, so once the
# main thread sees a waiter counted, that waiter is inside cond.wait().
lk = threading.RLock()
cond = threading.Condition(lk)
arrived = threading.Condition(lk)
woken = []
ready = 0


def waiter(i):
    global ready
    with cond:
        ready += 1
        arrived.notify()
        cond.wait()
        woken.append(i)


threads = []
for i in range(5):
    t = threading.Thread(target=waiter, args=(i,))
    t.start()
    with arrived:
        arrived.wait_for(lambda: ready == i + 1)
    threads.append(t)
with cond:
    print("waiters:", len(cond._waiters))
    cond.notify(2)
threads[0].join()
threads[1].join()
print(sorted(woken))
with cond:
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken))

# wait_for: a consumer waits for a predicate made true by another thread.
items = []
box = threading.Condition(threading.Lock())


def consume():
    with box:
        got = box.wait_for(lambda: len(items) >= 3, timeout=10)
        print("consumer saw", got, items)


t = threading.Thread(target=consume)
t.start()
for x in "abc":
    with box:
        items.append(x)
        box.notify()
t.join()
