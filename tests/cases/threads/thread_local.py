# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again (with the same arguments) in every thread using it.
import threading

data = threading.local()
data.x = "main"
print(threading.local is __import__("_thread")._local)
seen = {}
lock = threading.Lock()


def worker(i):
    had = hasattr(data, "x")
    data.x = i
    data.items = [i] * i
    threading.Event().wait(0.001)
    with lock:
        seen[i] = (had, data.x, data.items, sorted(vars(data)))


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, hasattr(data, "items"), data.__dict__)


class Counter(threading.local):
    created = 0

    def __init__(self, start):
        Counter.created += 1
        self.value = start

    def bump(self):
        self.value += 1
        return self.value


c = Counter(10)
c.bump()
results = []


def use_counter():
    results.append([c.bump() for _ in range(3)])


ts = [threading.Thread(target=use_counter) for _ in range(3)]
for t in ts:
    t.start()
    t.join()
print(results, c.value, Counter.created)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
del data.x
print(hasattr(data, "x"))
