# The threading module's names: __all__, aliases of _thread, constants.
import _thread
import sys
import threading

print(sorted(threading.__all__))
missing = [n for n in threading.__all__ if not hasattr(threading, n)]
print("missing:", missing)
print(threading.get_ident is _thread.get_ident, threading.get_native_id is _thread.get_native_id)
print(threading.local is _thread._local, threading.ThreadError is _thread.error is RuntimeError)
print(threading.Lock is _thread.LockType, threading.stack_size is _thread.stack_size)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, type(threading.TIMEOUT_MAX).__name__,
      threading.TIMEOUT_MAX > 1e6)
print(threading.stack_size(), callable(threading.RLock), threading.excepthook is threading.__excepthook__)
print(issubclass(threading.Timer, threading.Thread), issubclass(threading.BoundedSemaphore, threading.Semaphore))
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.ExceptHookArgs.__name__)
print(threading.gettrace(), threading.getprofile(), threading.active_count())
print(type(threading.main_thread()).__name__, threading.current_thread().name)
print(all(callable(getattr(threading, n)) for n in
          ["settrace", "setprofile", "settrace_all_threads", "setprofile_all_threads", "_shutdown"]))
print("threading" in sys.modules, "queue" in sys.modules)
