# Daemon threads still running when the program ends do not keep it alive:
# one blocked forever on an event, one in an endless loop. The program
# exits with status 0 and they print nothing after the main thread's end.
import threading
import time

started = threading.Event()
never = threading.Event()


def blocked():
    started.set()
    never.wait()
    print("unreachable")


def spinning():
    n = 0
    while True:
        n += 1
        if n % 1000 == 0:
            time.sleep(0.001)


a = threading.Thread(target=blocked, daemon=True)
b = threading.Thread(target=spinning)
b.daemon = True
a.start()
b.start()
started.wait()
print(a.daemon, b.daemon, a.is_alive(), b.is_alive(), threading.active_count())
print("main done")
