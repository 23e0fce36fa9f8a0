# current_thread, main_thread, enumerate, active_count, get_ident and
# get_native_id; a thread started with _thread gets a dummy Thread object.
import _thread
import threading

main = threading.main_thread()
print(type(main).__name__, main.name, main.daemon, main.is_alive())
print(threading.current_thread() is main, main.ident == threading.get_ident(),
      main.ident == _thread.get_ident(), main.native_id == threading.get_native_id())
print(threading.active_count(), [t.name for t in threading.enumerate()])
r = repr(main)
print(r[:r.rindex(" ")] + ">")

inside = threading.Event()
leave = threading.Event()
seen = {}


def worker():
    me = threading.current_thread()
    seen["same"] = me is threading.current_thread()
    seen["ident"] = me.ident == threading.get_ident()
    seen["native"] = me.native_id == threading.get_native_id()
    seen["main ident differs"] = threading.get_ident() != main.ident
    inside.set()
    leave.wait()


t = threading.Thread(target=worker, name="W")
t.start()
inside.wait()
print(threading.active_count(), sorted(x.name for x in threading.enumerate()),
      t in threading.enumerate())
leave.set()
t.join()
print(seen)
print(threading.active_count(), [x.name for x in threading.enumerate()])

# A thread that threading did not start.
done = _thread.allocate_lock()
done.acquire()
info = []


def raw():
    me = threading.current_thread()
    info.append((type(me).__name__, me.name, me.daemon, me.is_alive(),
                 me is threading.current_thread(), me in threading.enumerate()))
    r = repr(me)
    info.append(r[:r.rindex(" ")] + ">")
    try:
        me.join()
    except RuntimeError as e:
        info.append(str(e))
    done.release()


threading.Thread()  # takes the number 2; the dummy gets the next one
_thread.start_new_thread(raw, ())
done.acquire()
for line in info:
    print(line)
print(threading.Thread().name)
