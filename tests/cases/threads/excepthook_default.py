# The default threading.excepthook prints "Exception in thread NAME:" and
# the traceback on stderr (only the last stderr line is compared); the
# thread ends, the program goes on and exits with status 0. SystemExit in a
# thread is silent.
import threading


def quiet_exit():
    raise SystemExit(3)


def fail():
    print("worker about to fail")
    raise ZeroDivisionError("worker failed")


t = threading.Thread(target=quiet_exit)
t.start()
t.join()
print("after SystemExit thread:", t.is_alive())
t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
print("after failing thread:", t.is_alive(), threading.active_count())
