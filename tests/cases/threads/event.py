# Event: set, clear, is_set, wait with and without timeout, several
# waiters released by one set().
import threading

e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(timeout=-1))
e.set()
print(e.is_set(), e.wait(), e.wait(0), e.wait(5))
e.set()
e.clear()
print(e.is_set(), e.wait(0.01))

go = threading.Event()
lock = threading.Lock()
got = []


def waiter(i):
    r = go.wait()
    with lock:
        got.append((i, r))


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
print("before set:", got)
go.set()
for t in ts:
    t.join()
print(sorted(got))

# A waiter with a timeout that the event beats, and one it does not.
late = threading.Event()
res = {}


def timed(name, timeout):
    res[name] = late.wait(timeout)


short = threading.Thread(target=timed, args=("short", 0.01))
short.start()
short.join()
patient = threading.Thread(target=timed, args=("patient", 30))
patient.start()
late.set()
patient.join()
print(sorted(res.items()))
