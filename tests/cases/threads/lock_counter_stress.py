# 8 threads each add 1 to a shared counter 10,000 times under a Lock: no
# increment is lost.
import threading

counter = 0
lock = threading.Lock()


def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(10_000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

# The same with an RLock, taken twice per increment.
total = [0]
rlock = threading.RLock()


def add_twice_locked(n):
    for _ in range(n):
        with rlock:
            with rlock:
                total[0] += 1


threads = [threading.Thread(target=add_twice_locked, args=(2_000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(total[0], threading.active_count())
