# A non-daemon thread still running when the main module finishes: the
# interpreter waits for it (threading._shutdown), so it prints after the
# main module's last line. During that wait the main thread no longer
# counts as alive.
import threading
import time

go = threading.Event()


def worker():
    go.wait()
    main = threading.main_thread()
    while main.is_alive():  # until the interpreter has reached _shutdown
        time.sleep(0.005)
    threading.Thread(target=chained).start()
    print("worker: main alive?", main.is_alive())
    print("worker: finished after main")


def chained():
    # Started by the worker after the main module ended: waited for too.
    time.sleep(0.1)
    print("chained: done")


t = threading.Thread(target=worker)
t.start()
print("main: last line, worker alive?", t.is_alive())
go.set()
