# The camelCase aliases still work and give DeprecationWarnings.
import threading
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = threading.Thread(target=lambda: None, name="old")
    print(t.getName())
    t.setName("older")
    print(t.name, t.isDaemon())
    t.setDaemon(True)
    print(t.daemon)
    print(threading.currentThread() is threading.current_thread())
    print(threading.activeCount() == threading.active_count())
    e = threading.Event()
    print(e.isSet())
    c = threading.Condition()
    with c:
        c.notifyAll()
for w in caught:
    # stacklevel points at this file, not at threading.
    print(w.category.__name__, w.message, w.filename.endswith("deprecated_aliases.py"))
