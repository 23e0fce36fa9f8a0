# threading.excepthook receives what run() raised (ExceptHookArgs: type,
# value, traceback, thread); SystemExit reaches a custom hook too. A hook
# that fails is reported as "Exception in threading.excepthook:".
import sys
import threading

received = []


def hook(args):
    tb = args.exc_traceback
    while tb.tb_next is not None:
        tb = tb.tb_next
    received.append((args.exc_type.__name__, str(args.exc_value),
                     tb.tb_frame.f_code.co_name, args.thread.name,
                     type(args).__name__, len(args), args[0] is args.exc_type,
                     args.thread is threads[-1]))


def fails(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "exit":
        raise SystemExit(5)
    if kind == "key":
        {}["missing"]


print(threading.excepthook is threading.__excepthook__)
threading.excepthook = hook
threads = []
for kind in ["value", "exit", "key", "none"]:
    t = threading.Thread(target=fails, args=(kind,), name=f"T-{kind}")
    threads.append(t)
    t.start()
    t.join()
for r in received:
    print(r)
print(threads[0].is_alive(), threading.active_count())


class Custom(threading.Thread):
    def run(self):
        raise RuntimeError("from run")


threads.append(Custom(name="custom"))
threads[-1].start()
threads[-1].join()
print(received[-1][:4])

# ExceptHookArgs is a 4-sequence.
a = threading.ExceptHookArgs([KeyError, KeyError("k"), None, None])
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread, tuple(a) == (KeyError, a[1], None, None))
try:
    threading.ExceptHookArgs((1, 2, 3))
except TypeError as e:
    print("TypeError", e)

# A failing hook: its own exception goes to sys.excepthook.
def broken_hook(args):
    raise KeyError("hook failed")


sys_hook_got = []
sys.excepthook = lambda t, v, tb: sys_hook_got.append((t.__name__, v.args, v.__suppress_context__))
threading.excepthook = broken_hook
t = threading.Thread(target=fails, args=("value",))
t.start()
t.join()
print(sys_hook_got)
threading.excepthook = threading.__excepthook__
sys.excepthook = sys.__excepthook__
print("done")
