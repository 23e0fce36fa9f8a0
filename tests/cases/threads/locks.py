# Lock and RLock: acquire/release, non-blocking and timed acquire, context
# managers, ownership, reentrancy and the errors.
import threading

lock = threading.Lock()
print(type(lock) is threading.Lock, isinstance(lock, threading.Lock), lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked(), lock.acquire_lock(), lock.locked_lock())
lock.release_lock()
with lock:
    print("in with:", lock.locked())
for call in [lock.release, lambda: lock.acquire(False, 1), lambda: lock.acquire(timeout=-2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(threading.ThreadError is RuntimeError)

# A plain lock may be released by another thread than the one holding it.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("released by another thread:", lock.locked())

r = threading.RLock()
print(r.acquire(), r.acquire(), r._is_owned(), r._recursion_count())
r.release()
print(r._recursion_count(), r._is_owned())
r.release()
print(r._is_owned(), r._recursion_count())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
with r:
    with r:
        print("nested with:", r._recursion_count())

# Another thread neither owns nor may release it, and cannot take it.
r.acquire()
seen = []


def other():
    seen.append(r._is_owned())
    seen.append(r.acquire(False))
    seen.append(r.acquire(timeout=0.01))
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))


t = threading.Thread(target=other)
t.start()
t.join()
print(seen)

# Condition's protocol: give the lock up whatever its depth, then restore.
r.acquire()
state = r._release_save()
print(r._is_owned(), r._recursion_count())


def take_and_give_back():
    seen.append(("taken", r.acquire(False)))
    r.release()


t = threading.Thread(target=take_and_give_back)
t.start()
t.join()
print(seen[-1])
r._acquire_restore(state)
print(r._is_owned(), r._recursion_count())
r.release()
r.release()
try:
    r._release_save()
except RuntimeError as e:
    print("RuntimeError", e)
