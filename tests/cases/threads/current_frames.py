# sys._current_frames(): one frame per running thread, keyed by ident. A
# worker blocked on an Event has a frame inside the Event machinery; walking
# f_back reaches the worker's own function. Only this file's frames are
# printed (the library's frames differ between implementations).
import sys
import threading

ready = threading.Event()
release = threading.Event()


def blocked_worker():
    marker = "waiting"
    ready.set()
    release.wait()


def own_frames(frame):
    names = []
    while frame is not None:
        if frame.f_code.co_filename == __file__:
            names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


t = threading.Thread(target=blocked_worker)
t.start()
ready.wait()
frames = sys._current_frames()
main_id = threading.main_thread().ident
print(type(frames).__name__, main_id in frames, t.ident in frames,
      threading.get_ident() == main_id)
print("main:", own_frames(frames[main_id]))
worker = frames[t.ident]
print("worker:", own_frames(worker))
f = worker
while f.f_code.co_name != "blocked_worker":
    f = f.f_back
print(f.f_locals["marker"], f.f_code.co_name)
release.set()
t.join()
