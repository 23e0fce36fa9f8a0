"""Thread objects and synchronization primitives (the `threading` module),
Locus's own implementation.

Everything here is Python built on a small part of the low-level `_thread`
module (the same names and behaviour as CPython 3.13's `_thread`):
`start_new_thread`, `allocate_lock`/`LockType`, `get_ident`,
`get_native_id`, `_local`, `error`, `TIMEOUT_MAX`, `stack_size`,
`daemon_threads_allowed`, `_get_main_thread_ident`; and on `sys` (trace and
profile hooks, `excepthook`) and `time.monotonic`. The module therefore
runs unchanged on CPython 3.13 as well, which is how it is checked.

How a Thread works: `start()` registers the thread in `_limbo`, takes the
thread's "done" lock and starts `_bootstrap` on a new OS thread, then waits
until that thread has registered itself in `_active` (keyed by its ident).
When `run()` has returned (or raised, which goes to `excepthook`), the
thread marks itself stopped, leaves `_active` and releases the done lock;
`join()` waits for that lock. `_shutdown()`, which the interpreter calls at
exit when this module has been imported, waits the same way for every
non-daemon thread.

Differences from CPython: `RLock` is the Python implementation (CPython's
`_PyRLock`), `Condition` keeps its waiters in a list, and the dummy thread
objects made for threads that `threading` did not start stay in
`enumerate()` after those threads end (as in CPython before 3.12: nothing
tells this module that such a thread has finished).
"""

import sys as _sys
import _thread
from time import monotonic as _time

__all__ = ["get_ident", "active_count", "Condition", "current_thread",
           "enumerate", "main_thread", "TIMEOUT_MAX", "Event", "Lock",
           "RLock", "Semaphore", "BoundedSemaphore", "Thread", "Barrier",
           "BrokenBarrierError", "Timer", "ThreadError", "setprofile",
           "settrace", "local", "stack_size", "excepthook",
           "ExceptHookArgs", "gettrace", "getprofile",
           "setprofile_all_threads", "settrace_all_threads",
           "get_native_id"]

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_daemon_threads_allowed = _thread.daemon_threads_allowed
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
_HAVE_THREAD_NATIVE_ID = True
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size
local = _thread._local
# In 3.13 `threading.Lock` is the lock type itself (isinstance works).
Lock = _LockType = _thread.LockType


def _deprecated(old, advice):
    import warnings
    warnings.warn(f"{old}() is deprecated, {advice}", DeprecationWarning,
                  stacklevel=3)


def _acquire_within(lock, timeout):
    """Acquire `lock`, waiting at most `timeout` seconds (None: no limit).

    Returns whether it was acquired. The wait is measured on the monotonic
    clock and retried until the deadline, so a timeout longer than
    TIMEOUT_MAX (which the lock itself refuses) simply waits longer.
    """
    if timeout is None:
        return lock.acquire()
    if timeout <= 0:
        return lock.acquire(False)
    deadline = _time() + timeout
    while True:
        if lock.acquire(True, min(timeout, TIMEOUT_MAX)):
            return True
        timeout = deadline - _time()
        if timeout <= 0:
            return False


# ---------------------------------------------------------------------------
# Trace and profile functions for threads started from here

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Set the trace function of every thread started from now on by this
    module; each calls sys.settrace(func) before its run() method."""
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    """Set the trace function of every running thread, and of the threads
    started from now on."""
    settrace(func)
    _sys._settraceallthreads(func)


def gettrace():
    """The trace function set by settrace()."""
    return _trace_hook


def setprofile(func):
    """Set the profile function of every thread started from now on by this
    module; each calls sys.setprofile(func) before its run() method."""
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    """Set the profile function of every running thread, and of the threads
    started from now on."""
    setprofile(func)
    _sys._setprofileallthreads(func)


def getprofile():
    """The profile function set by setprofile()."""
    return _profile_hook


# ---------------------------------------------------------------------------
# Reentrant lock

def RLock(*args, **kwargs):
    """A reentrant lock: the thread that holds it may acquire it again, and
    must release it as many times as it acquired it."""
    return _RLock(*args, **kwargs)


class _RLock:
    """A reentrant lock built on a plain lock, the owner's ident and a
    count. Only the owner writes `_owner` and `_count`, so another thread
    reading `_owner` never mistakes itself for the owner."""

    def __init__(self):
        self._block = _allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        state = "locked" if self._block.locked() else "unlocked"
        cls = type(self)
        return (f"<{state} {cls.__module__}.{cls.__qualname__} object "
                f"owner={self._owner!r} count={self._count} "
                f"at {hex(id(self))}>")

    def acquire(self, blocking=True, timeout=-1):
        """Acquire the lock; a thread that holds it already just counts
        one more level. Returns whether the lock was acquired."""
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    __enter__ = acquire

    def release(self):
        """Release one level; the lock is free when all are released."""
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        return self._count if self._owner == get_ident() else 0

    # For Condition.wait(): give the lock up entirely, whatever its depth,
    # and take it back at the same depth.

    def _release_save(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        self._block.release()
        return state

    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state


_PyRLock = _RLock
_CRLock = None


# ---------------------------------------------------------------------------
# Condition variables

class Condition:
    """A condition variable: threads wait() until another thread holding
    the same lock notify()s them.

    Each waiter blocks on a fresh plain lock of its own, which it holds
    before waiting, so notify() wakes it by releasing that lock.
    """

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock knows how to give itself up whatever its depth; a plain
        # lock uses the simple versions defined below.
        for name in ("_release_save", "_acquire_restore", "_is_owned"):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock does not know its owner: if it can be taken now,
        # nobody (so not this thread) held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        """Release the lock, block until notified or until the timeout
        (seconds) expires, take the lock back. Returns False on timeout."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        woken = False
        try:
            woken = _acquire_within(waiter, timeout)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                # Timed out (or interrupted): leave the queue, unless a
                # notify() took this waiter out meanwhile.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true, or the timeout expires; return
        the last value of predicate()."""
        deadline = None
        remaining = timeout
        result = predicate()
        while not result:
            if remaining is not None:
                if deadline is None:
                    deadline = _time() + remaining
                else:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n threads waiting on this condition."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiters.pop(0).release()
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting on this condition."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated("notifyAll", "use notify_all() instead")
        self.notify_all()


# ---------------------------------------------------------------------------
# Semaphores

class Semaphore:
    """A counter of available units: acquire() takes one (blocking while
    there are none), release() gives back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        """Take one unit. Without blocking, or when the timeout (seconds)
        expires first, return False instead of waiting for one."""
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None
        with self._cond:
            while not self._value:
                if not blocking:
                    return False
                if timeout is not None:
                    if deadline is None:
                        deadline = _time() + timeout
                    else:
                        timeout = deadline - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        """Give back n units, waking as many waiting threads."""
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return (f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---------------------------------------------------------------------------
# Events

class Event:
    """A flag that threads can wait() on until another thread set()s it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        state = "set" if self._flag else "unset"
        return f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: {state}>"

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated("isSet", "use is_set() instead")
        return self.is_set()

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Reset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or the timeout (seconds) expires;
        return the flag."""
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


# ---------------------------------------------------------------------------
# Barriers

class BrokenBarrierError(RuntimeError):
    pass


# The phases of a Barrier. Threads arrive while it is FILLING; the last
# one to arrive runs the action and switches it to DRAINING, and the
# waiters leave; the last to leave switches it back to FILLING. A thread
# that arrives while it drains waits for the next cycle. reset() while
# threads wait makes it RESETTING (they leave with BrokenBarrierError, the
# last one makes it FILLING); abort(), a timeout or a failing action make
# it BROKEN until reset().
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Makes `parties` threads wait for each other: each calls wait(), and
    all are released together when the last one arrives."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be >= 1")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._phase = _FILLING
        self._count = 0  # threads inside wait()

    def __repr__(self):
        cls = type(self)
        head = f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}"
        if self.broken:
            return f"{head}: broken>"
        return f"{head}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait until all parties have called wait(); return this thread's
        arrival index (0 to parties-1). Raises BrokenBarrierError if the
        barrier is or becomes broken, or is reset, while waiting."""
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Let the previous cycle drain (or reset) first.
            while self._phase in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._phase == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._release_all()
                else:
                    self._wait_release(timeout)
                return index
            finally:
                self._count -= 1
                if not self._count and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING
                    self._cond.notify_all()

    def _release_all(self):
        try:
            if self._action is not None:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _wait_release(self, timeout):
        if not self._cond.wait_for(lambda: self._phase != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._phase < 0:
            raise BrokenBarrierError

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Return the barrier to its empty state; threads waiting on it get
        BrokenBarrierError."""
        with self._cond:
            if self._count:
                if self._phase in (_FILLING, _BROKEN):
                    self._phase = _RESETTING
            else:
                self._phase = _FILLING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and future wait() calls raise
        BrokenBarrierError until reset()."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        """The number of threads needed to pass the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """The number of threads waiting now."""
        return self._count if self._phase == _FILLING else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._phase == _BROKEN


# ---------------------------------------------------------------------------
# Registry of threads

# _active maps the ident of each running thread to its Thread; _limbo holds
# threads between start() and their first step on the new OS thread.
_active_limbo_lock = _allocate_lock()
_active = {}
_limbo = {}
_counter = 0  # for default names "Thread-N" and "Dummy-N"

# Callables registered by _register_atexit, run by _shutdown().
_threading_atexits = []
_SHUTTING_DOWN = False


def _newname(template):
    global _counter
    with _active_limbo_lock:
        _counter += 1
        return template % _counter


# ---------------------------------------------------------------------------
# Exceptions escaping run()

class _ExceptHookArgs(tuple):
    """The argument of threading.excepthook: a named 4-tuple."""

    __slots__ = ()
    n_fields = n_sequence_fields = 4
    n_unnamed_fields = 0
    __match_args__ = ("exc_type", "exc_value", "exc_traceback", "thread")

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(values)}-sequence given)")
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0], doc="Exception type")
    exc_value = property(lambda self: self[1], doc="Exception value")
    exc_traceback = property(lambda self: self[2], doc="Exception traceback")
    thread = property(lambda self: self[3], doc="Thread")

    def __repr__(self):
        fields = ", ".join(f"{name}={value!r}" for name, value
                           in zip(self.__match_args__, self))
        return f"_thread._ExceptHookArgs({fields})"


# Named as CPython's (whose type lives in _thread), so that it prints alike.
_ExceptHookArgs.__module__ = "_thread"
ExceptHookArgs = _ExceptHookArgs


def excepthook(args, /):
    """Handle an exception raised by Thread.run(): print "Exception in
    thread NAME:" and the traceback on sys.stderr. SystemExit is ignored."""
    if args.exc_type is SystemExit:
        return
    thread = args.thread
    out = _sys.stderr
    if out is None and thread is not None:
        out = getattr(thread, "_stderr", None)
    if out is None:
        return
    name = thread.name if thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=out, flush=True)
    # The standard traceback printer, even if the program replaced
    # sys.excepthook (as CPython does).
    display = getattr(_sys, "__excepthook__", None) or _sys.excepthook
    if out is _sys.stderr:
        display(args.exc_type, args.exc_value, args.exc_traceback)
    else:
        saved = _sys.stderr
        _sys.stderr = out
        try:
            display(args.exc_type, args.exc_value, args.exc_traceback)
        finally:
            _sys.stderr = saved
    out.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread):
    """Pass the exception being handled to threading.excepthook; if the
    hook itself fails, report that through sys.excepthook."""
    try:
        hook = excepthook
        if hook is None:
            hook = __excepthook__
        hook(ExceptHookArgs((*_sys.exc_info(), thread)))
    except Exception as failure:
        # Report the hook's failure alone, not as raised "during handling"
        # of the thread's exception.
        failure.__suppress_context__ = True
        out = _sys.stderr
        if out is None:
            out = thread._stderr
        if out is not None:
            print("Exception in threading.excepthook:", file=out, flush=True)
        _sys.excepthook(*_sys.exc_info())


# ---------------------------------------------------------------------------
# Threads

class Thread:
    """A thread of control: run() executes in a new OS thread once start()
    is called. Either pass a callable as `target`, or subclass and override
    run()."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            if daemon and not _daemon_threads_allowed():
                raise RuntimeError("daemon threads are disabled in this "
                                   "(sub)interpreter")
            self._daemon = daemon
        else:
            self._daemon = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._done = None  # held while the thread runs (see start())
        self._initialized = True
        # Kept so that an exception can still be reported if sys.stderr is
        # gone by then.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _invoke_excepthook

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemon:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        """Start the thread's activity: run() is called in a new thread.
        Call it at most once per Thread object."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        done = _allocate_lock()
        done.acquire()
        self._done = done
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            done.release()
            raise
        self._started.wait()

    def _bootstrap(self):
        # The first Python code of the new thread.
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            if _trace_hook is not None:
                _sys.settrace(_trace_hook)
            if _profile_hook is not None:
                _sys.setprofile(_profile_hook)
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook(self)
        finally:
            self._finish()

    def _finish(self):
        # Stopped first, then out of _active, then the done lock: whoever
        # join() released sees a thread that is neither alive nor listed.
        self._is_stopped = True
        with _active_limbo_lock:
            if _active.get(self._ident) is self:
                del _active[self._ident]
        self._done.release()

    def run(self):
        """What the thread does; by default, call target(*args, **kwargs).
        Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references: the target and its arguments may refer
            # back to this thread.
            del self._target, self._args, self._kwargs

    def _wait_done(self, timeout=None):
        done = self._done
        if done is not None and _acquire_within(done, timeout):
            done.release()

    def join(self, timeout=None):
        """Wait until the thread terminates, or until the timeout (seconds)
        expires; is_alive() then tells which happened."""
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is not None and timeout < 0:
            timeout = 0
        self._wait_done(timeout)

    @property
    def name(self):
        """The thread's name, for identification only."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        """The thread identifier, or None before the thread started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The OS thread id, or None before the thread started."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Whether the thread has started and not yet terminated."""
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        """Whether this is a daemon thread: the program exits without
        waiting for daemon threads. Set it before start()."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemon

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if daemonic and not _daemon_threads_allowed():
            raise RuntimeError("daemon threads are disabled in this "
                               "interpreter")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemon = daemonic

    def isDaemon(self):
        """Deprecated: use the daemon attribute."""
        _deprecated("isDaemon", "get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _deprecated("setDaemon", "set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        """Deprecated: use the name attribute."""
        _deprecated("getName", "get the name attribute instead")
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _deprecated("setName", "set the name attribute instead")
        self.name = name


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after `interval`
    seconds, unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    """The thread the interpreter started in; it counts as alive until
    _shutdown()."""

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = _thread._get_main_thread_ident()
        if self._ident == get_ident():
            self._native_id = get_native_id()
        self._done = _allocate_lock()
        self._done.acquire()
        with _active_limbo_lock:
            _active[self._ident] = self


class _DummyThread(Thread):
    """Stands for a thread that this module did not start (one started
    with _thread.start_new_thread), when it asks for current_thread().
    It is a daemon, always alive, and cannot be joined."""

    def __init__(self):
        # `daemon` is given: the default would ask current_thread(), which
        # would build another dummy.
        Thread.__init__(self, name=_newname("Dummy-%d"),
                        daemon=_daemon_threads_allowed())
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def is_alive(self):
        return True

    def join(self, timeout=None):
        raise RuntimeError("cannot join a dummy thread")


# ---------------------------------------------------------------------------
# Module functions

def current_thread():
    """The Thread object of the calling thread (a dummy one if the thread
    was not started through this module)."""
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def currentThread():
    """Deprecated alias of current_thread()."""
    _deprecated("currentThread", "use current_thread() instead")
    return current_thread()


def main_thread():
    """The Thread object of the main thread."""
    return _main_thread


def enumerate():
    """A list of all Thread objects alive now (started and not finished)."""
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _enumerate():
    return list(_active.values()) + list(_limbo.values())


def active_count():
    """The number of Thread objects alive now: len(enumerate())."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def activeCount():
    """Deprecated alias of active_count()."""
    _deprecated("activeCount", "use active_count() instead")
    return active_count()


def _register_atexit(func, *args, **kwargs):
    """Have _shutdown() call func(*args, **kwargs), before it joins the
    non-daemon threads (callables run last-registered first)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called by the interpreter when the main program ends: the main
    thread stops counting as alive and every non-daemon thread is joined,
    including those started meanwhile."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in reversed(_threading_atexits):
        call()
    if get_ident() == _main_thread._ident:
        _main_thread._is_stopped = True
        _main_thread._done.release()
    me = get_ident()
    while True:
        with _active_limbo_lock:
            waiting = [t for t in _enumerate()
                       if not t._daemon and t._ident != me
                       and t is not _main_thread and not t._is_stopped]
        if not waiting:
            break
        for t in waiting:
            t._wait_done()


_main_thread = _MainThread()
