# threading.setprofile(f): threads started afterwards run under the profile
# function f, which sees calls and returns (of C functions too).
import threading

events = []


def profiler(frame, event, arg):
    if frame.f_code.co_name == "target":
        name = arg.__name__ if event.startswith("c_") else frame.f_code.co_name
        events.append((threading.current_thread().name, event, name))


def helper(x):
    return x * 2


def target():
    return len([helper(1)])


print(threading.getprofile())
threading.setprofile(profiler)
print(threading.getprofile() is profiler)
target()
print(events)
t = threading.Thread(target=target, name="profiled")
t.start()
t.join()
for e in events:
    print(e)
threading.setprofile(None)
print(threading.getprofile())
