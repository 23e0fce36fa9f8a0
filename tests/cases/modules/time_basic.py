import time
t1 = time.perf_counter()
m1 = time.monotonic()
w1 = time.time()
time.sleep(0.01)
t2 = time.perf_counter()
m2 = time.monotonic()
print(type(t1).__name__, type(m1).__name__, type(w1).__name__)
print(t2 > t1, m2 >= m1, t2 - t1 >= 0.009, w1 > 1.6e9)
print(type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__, time.monotonic_ns() > 0)
time.sleep(0)
values = [time.perf_counter() for _ in range(100)]
print(all(a <= b for a, b in zip(values, values[1:])))
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep('x')
except TypeError as e:
    print(type(e).__name__, e)
