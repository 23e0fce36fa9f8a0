# Timer: fires once after its interval with args/kwargs; cancel() before
# it fires stops it; it is a Thread.
import threading

fired = []
t = threading.Timer(0.01, lambda *a, **k: fired.append((a, k)), args=(1, 2), kwargs={"x": 3})
print(isinstance(t, threading.Thread), t.interval, t.args, t.kwargs, t.finished.is_set())
print(t.name.startswith("Thread-"), "(" in t.name)
t.start()
t.join()
print(fired, t.finished.is_set(), t.is_alive())

c = threading.Timer(30, fired.append, args=["never"])
c.start()
c.cancel()
c.join()
print(fired, c.finished.is_set())

d = threading.Timer(0, fired.append, ["zero"])
print(d.args, d.kwargs)
d.start()
d.join()
print(fired)

# cancel() before start(): run() returns at once.
e = threading.Timer(30, fired.append, ["cancelled early"])
e.cancel()
e.start()
e.join()
print(fired)

# Timers fire in the order of their intervals.
order = []
timers = [threading.Timer(delay, order.append, [name])
          for name, delay in [("c", 0.2), ("a", 0.0), ("b", 0.1)]]
for x in timers:
    x.start()
for x in timers:
    x.join()
print(order)
