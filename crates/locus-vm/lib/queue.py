"""Synchronized queues for passing items between threads (the `queue`
module), Locus's own implementation.

    Queue(maxsize=0)          first in, first out
    LifoQueue(maxsize=0)      last in, first out (a stack)
    PriorityQueue(maxsize=0)  smallest item first (through heapq)
    SimpleQueue()             unbounded FIFO without task tracking

A maxsize of 0 or less means no limit. get() on an empty queue and put()
on a full one block, or raise Empty/Full when not blocking or when their
timeout expires. After shutdown(), put() raises ShutDown, and get() raises
it once the queue is empty (at once with shutdown(immediate=True), which
also discards the items).

Queue and its subclasses are built on one lock and three conditions of
`threading`; a subclass may change the storage by overriding _init,
_qsize, _put and _get, which run with the lock held. CPython writes
SimpleQueue (and Empty) in C, in `_queue`; here they are Python too.
"""

import threading
from collections import deque
from heapq import heappush as _heappush, heappop as _heappop
from time import monotonic as _time

__all__ = ["Empty", "Full", "ShutDown", "Queue", "PriorityQueue",
           "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    "Raised by get(block=False) and get_nowait() on an empty queue."


class Full(Exception):
    "Raised by put(block=False) and put_nowait() on a full queue."


class ShutDown(Exception):
    "Raised by put() and get() on a queue that has been shut down."


def _check_timeout(timeout):
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _class_getitem(cls, item):
    # Queue[int]; imported late since only type annotations need it.
    from _collections_abc import GenericAlias
    return GenericAlias(cls, item)


class Queue:
    """A FIFO queue, safe to share between threads."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # All three conditions share one lock: whoever holds it may change
        # the queue; getters wait on not_empty, putters on not_full, and
        # join() on all_tasks_done.
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    __class_getitem__ = classmethod(_class_getitem)

    def task_done(self):
        """Tell the queue that an item taken by get() has been processed;
        join() returns when every item put has been so marked."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError("task_done() called too many times")
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until every item put has been got and marked task_done()
        (or until shutdown(immediate=True))."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The number of items (approximate: other threads may change it)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        """Whether the queue is empty (approximate, as qsize())."""
        with self.mutex:
            return not self._qsize()

    def full(self):
        """Whether the queue is full (approximate, as qsize())."""
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue, waiting for a free slot if needed
        (at most `timeout` seconds if given, then Full); with block=False,
        raise Full at once if there is no slot."""
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                        if self.is_shutdown:
                            raise ShutDown
                else:
                    _check_timeout(timeout)
                    deadline = _time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _time()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
                        if self.is_shutdown:
                            raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if needed (at most
        `timeout` seconds if given, then Empty); with block=False, raise
        Empty at once if there is none."""
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            else:
                _check_timeout(timeout)
                deadline = _time() + timeout
                while not self._qsize():
                    remaining = deadline - _time()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Shut the queue down: put() raises ShutDown from now on, get()
        too once the queue is empty. With immediate=True the remaining
        items are dropped (and counted as done for join()). Blocked
        callers wake up and raise ShutDown."""
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()

    # The storage; subclasses override these four (called with the lock
    # held).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    """A queue that returns its smallest item first; items are often
    (priority, data) tuples."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heappush(self.queue, item)

    def _get(self):
        return _heappop(self.queue)


class LifoQueue(Queue):
    """A queue that returns the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue: put() never blocks; no task_done()/join().

    A semaphore counts the items, so a get() waits on it for an item and
    then takes the oldest one. The deque has a lock of its own: Locus's
    deque is written in Python, so its methods are not atomic.
    """

    def __init__(self):
        self._queue = deque()
        self._lock = threading.Lock()
        self._count = threading.Semaphore(0)

    __class_getitem__ = classmethod(_class_getitem)

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue; block and timeout are ignored (they
        exist for compatibility with Queue)."""
        with self._lock:
            self._queue.append(item)
        self._count.release()

    def put_nowait(self, item):
        """put(item, block=False)."""
        return self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one if needed (at most
        `timeout` seconds if given, then Empty); with block=False, raise
        Empty at once if there is none."""
        if not block:
            got = self._count.acquire(False)
        else:
            if timeout is not None:
                _check_timeout(timeout)
            got = self._count.acquire(True, timeout)
        if not got:
            raise Empty
        with self._lock:
            return self._queue.popleft()

    def get_nowait(self):
        """get(block=False)."""
        return self.get(block=False)

    def empty(self):
        """Whether the queue is empty (approximate)."""
        return not self._queue

    def qsize(self):
        """The number of items (approximate)."""
        return len(self._queue)
