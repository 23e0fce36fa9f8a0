# A debugger-like write: while a worker waits on an Event, the main thread
# finds the worker's own frame through sys._current_frames() and sets its
# local variable through f_locals (PEP 667: written through to the frame);
# the worker then prints the new value. A cell variable (shared with a
# closure) is written the same way.
import sys
import threading

ready = threading.Event()
resume = threading.Event()


def worker():
    setting = "original"
    shared = 1

    def read_shared():
        return shared

    ready.set()
    resume.wait()
    print("worker sees:", setting, shared, read_shared())


t = threading.Thread(target=worker)
t.start()
ready.wait()
frame = sys._current_frames()[t.ident]
while frame.f_code.co_name != "worker":
    frame = frame.f_back
print("before:", frame.f_locals["setting"], frame.f_locals["shared"])
frame.f_locals["setting"] = "written by main"
frame.f_locals["shared"] = 42
print("after:", frame.f_locals["setting"], frame.f_locals["shared"])
resume.set()
t.join()
