# threading.settrace(f): threads started afterwards run under f (each calls
# sys.settrace(f) before run()); the calling thread itself is not traced,
# and threading.gettrace() returns f. Only the events of the target
# function are printed (the library's own frames differ between
# implementations).
import sys
import threading

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "target":
        line = frame.f_lineno - target.__code__.co_firstlineno
        events.append((threading.current_thread().name, event, line,
                       arg if event == "return" else None))
        return tracer
    return None


def target(n):
    total = 0
    for i in range(n):
        total += i
    return total


print(threading.gettrace())
threading.settrace(tracer)
print(threading.gettrace() is tracer, sys.gettrace() is tracer)
target(2)  # the main thread is not traced
print(events)
t = threading.Thread(target=target, args=(2,), name="traced")
t.start()
t.join()
for e in events:
    print(e)

threading.settrace(None)
print(threading.gettrace())
events.clear()
t = threading.Thread(target=target, args=(2,), name="untraced")
t.start()
t.join()
print(events)
