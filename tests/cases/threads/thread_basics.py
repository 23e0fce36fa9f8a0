# threading.Thread: target with args and kwargs, run() overridden in a
# subclass, join, is_alive, ident/native_id, default names, repr, daemon.
import threading

results = []


def work(a, b, *, scale=1):
    results.append((a + b) * scale)


def name_of_current():
    results.append(threading.current_thread().name)


t = threading.Thread(target=work, args=(2, 3), kwargs={"scale": 10})
print(t.name, t.ident, t.native_id, t.is_alive(), t.daemon)
print(repr(t))
t.start()
t.join()
print(results, t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
r = repr(t)
print(r[:r.rindex(" ")] + ">", r.endswith(f" {t.ident})>"))


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"sq{n}")
        self.n = n
        self.out = None

    def run(self):
        self.out = self.n * self.n


workers = [Squarer(n) for n in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.out) for w in workers])

# Default names: "Thread-N", with the target's name if it has one; an
# explicit name (made a str) does not use a number.
print(threading.Thread().name, threading.Thread(target=work).name,
      threading.Thread(target=len).name, threading.Thread(name=42).name,
      threading.Thread(target=lambda: None).name, threading.Thread(name="").name)
x = threading.Thread(target=name_of_current, name="first")
x.name = "renamed"
x.start()
x.join()
print(results[-1], x.name)

# daemon: keyword, attribute, inherited from the creating thread.
d = threading.Thread(target=work, args=(1, 1), daemon=True)
print(d.daemon, repr(d))
d.daemon = False
print(d.daemon)


def make_child():
    results.append(threading.Thread().daemon)


p = threading.Thread(target=make_child, daemon=True)
p.start()
p.join()
print("child of a daemon is a daemon:", results[-1])

# join(timeout) returns without the thread having finished.
gate = threading.Event()
slow = threading.Thread(target=gate.wait)
slow.start()
slow.join(0.01)
print("alive after join(0.01):", slow.is_alive())
slow.join(-5)
gate.set()
slow.join()
print("alive after set:", slow.is_alive())
