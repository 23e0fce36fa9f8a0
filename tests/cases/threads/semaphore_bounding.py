# A BoundedSemaphore(3) lets at most 3 of 10 threads into a section at
# once: the largest number seen inside is exactly 3.
import threading
import time

slots = threading.BoundedSemaphore(3)
guard = threading.Lock()
inside = 0
peak = 0
visits = 0


def worker():
    global inside, peak, visits
    for _ in range(5):
        with slots:
            with guard:
                inside += 1
                visits += 1
                peak = max(peak, inside)
            time.sleep(0.002)
            with guard:
                inside -= 1


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("max concurrent:", peak, "visits:", visits, "inside now:", inside)
print("free slots:", slots._value)
