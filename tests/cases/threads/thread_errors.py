# Thread misuse: the errors CPython raises.
import threading


def attempt(label, call):
    try:
        call()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


t = threading.Thread(target=lambda: None)
attempt("join before start", t.join)
t.start()
attempt("start twice", t.start)
t.join()
attempt("start after join", t.start)
attempt("set daemon after start", lambda: setattr(t, "daemon", True))
attempt("set daemon after start (False)", lambda: setattr(t, "daemon", False))
attempt("join twice", t.join)
attempt("join main from main", threading.main_thread().join)
attempt("group", lambda: threading.Thread(group="g"))
attempt("bad kwarg", lambda: threading.Thread(target=len, colour=1))


def join_self():
    attempt("join current thread", threading.current_thread().join)


j = threading.Thread(target=join_self)
j.start()
j.join()


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
attempt("start without __init__", n.start)
attempt("join without __init__", n.join)
attempt("is_alive without __init__", n.is_alive)
attempt("name without __init__", lambda: n.name)
attempt("daemon without __init__", lambda: n.daemon)
attempt("set daemon without __init__", lambda: setattr(n, "daemon", True))
attempt("repr without __init__", lambda: repr(n))
attempt("ident without __init__", lambda: n.ident)
