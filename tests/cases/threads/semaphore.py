# Semaphore and BoundedSemaphore: counting, non-blocking and timed acquire,
# release(n), context manager, and the errors.
import threading

s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01),
      s.acquire(True, 0), s._value)
s.release()
print(s._value, s.acquire(blocking=False))
s.release(2)
print(s._value)
with s:
    print("in with:", s._value)
print(s._value, threading.Semaphore()._value, threading.Semaphore(0).acquire(False))
for call in [lambda: threading.Semaphore(-1), lambda: s.acquire(False, 1),
             lambda: s.release(0), lambda: s.release(-3)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)

b = threading.BoundedSemaphore(2)
b.acquire()
b.acquire()
b.release()
b.release()
for call in [b.release, lambda: b.release(2), lambda: threading.BoundedSemaphore(-1)]:
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
b.acquire()
try:
    b.release(2)
except ValueError as e:
    print("ValueError", e)
b.release(1)
print(b._value, isinstance(b, threading.Semaphore))

# release(n) wakes n blocked threads.
gate = threading.Semaphore(0)
passed = []


def wait_at_gate(i):
    gate.acquire()
    passed.append(i)


ts = [threading.Thread(target=wait_at_gate, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
gate.release(3)
while len(passed) < 3:
    threading.Event().wait(0.001)
print(len(passed), gate.acquire(timeout=0.02))
gate.release()
for t in ts:
    t.join()
print(sorted(passed), gate._value)
