# threading.settrace_all_threads(f) also installs f in threads already
# running (here: one blocked on an event), and in threads started later;
# threading.setprofile_all_threads likewise for profile functions.
import sys
import threading

events = []
lock = threading.Lock()


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced_step":
        with lock:
            events.append((threading.current_thread().name, event))
        return tracer
    return None


def profiler(frame, event, arg):
    if frame.f_code.co_name == "profiled_step":
        with lock:
            events.append((threading.current_thread().name, "profile " + event))


def traced_step():
    return 1


def profiled_step():
    return 2


go = threading.Event()
ready = threading.Event()


def early():
    ready.set()
    go.wait()
    traced_step()
    profiled_step()


t = threading.Thread(target=early, name="early")
t.start()
ready.wait()
threading.settrace_all_threads(tracer)
threading.setprofile_all_threads(profiler)
print(threading.gettrace() is tracer, threading.getprofile() is profiler)
go.set()
t.join()
traced_step()  # the main thread is traced too
profiled_step()
late = threading.Thread(target=early, name="late")
go.clear()
ready.clear()
late.start()
ready.wait()
go.set()
late.join()
threading.settrace_all_threads(None)
threading.setprofile_all_threads(None)
print(sys.gettrace(), sys.getprofile(), threading.gettrace(), threading.getprofile())
for e in events:
    print(e)
