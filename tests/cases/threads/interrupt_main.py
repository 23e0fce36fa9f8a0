# _thread.interrupt_main() from a worker: the main thread gets
# KeyboardInterrupt (as from Ctrl-C) while it waits in a sleep; the
# worker is unaffected.
import _thread
import threading
import time


def interrupter(delay):
    time.sleep(delay)
    _thread.interrupt_main()


t = threading.Thread(target=interrupter, args=(0.05,))
t.start()
try:
    for _ in range(500):
        time.sleep(0.01)
    print("not interrupted")
except KeyboardInterrupt as e:
    print("sleep interrupted:", type(e).__name__, e.args)
t.join()

print("worker alive:", t.is_alive())
