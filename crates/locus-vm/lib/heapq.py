"""Heap queue algorithms (the `heapq` module), Locus's own implementation.

A heap is a plain list kept so that `heap[k] <= heap[2*k+1]` and
`heap[k] <= heap[2*k+2]` for every k: `heap[0]` is the smallest item.

    heappush(heap, item)      add item
    heappop(heap)             remove and return the smallest item
    heappushpop(heap, item)   push, then pop (faster than the two calls)
    heapreplace(heap, item)   pop, then push (the heap must not be empty)
    heapify(x)                turn a list into a heap, in place, in linear time
    merge(*iterables, key=None, reverse=False)
                              merge sorted inputs into one sorted iterator
    nlargest(n, iterable, key=None), nsmallest(n, iterable, key=None)
                              the n largest/smallest items, like
                              sorted(iterable, key=key, reverse=...)[:n]

Items are compared with `<` only. The layout of the list after each
operation is CPython's (same algorithm: a popped root's hole sinks to a
leaf along the smaller children, then the moved item rises), so programs
that print a heap or pop items that compare equal see what CPython shows.
CPython writes this module in C; here it is Python, so it is slower, and it
does not detect a list resized by a comparison ("list changed size during
iteration").
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _need_list(heap, func, argument):
    # The C module only accepts lists (and subclasses); say so as it does.
    if not isinstance(heap, list):
        raise TypeError(f"{func}() {argument} must be list, "
                        f"not {type(heap).__name__}")


# The sift helpers keep CPython's private names and signatures, which some
# programs import: `_siftdown(heap, startpos, pos)` moves the item at `pos`
# towards the root (never above `startpos`); `_siftup(heap, pos)` sinks the
# item at `pos` towards the leaves.

def _siftdown(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        above = heap[up]
        if not item < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _siftup(heap, pos):
    # Sink the hole at `pos` all the way to a leaf, always following the
    # smaller child, then let the item rise from there: fewer comparisons
    # than stopping on the way down, since a moved last item usually
    # belongs near the bottom.
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[child] < heap[other]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _need_list(heap, "heappush", "argument 1")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, keeping the heap invariant."""
    _need_list(heap, "heappop", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop and return the smallest item, and push the new item.

    The returned item may be larger than the pushed one; the heap must
    not be empty (IndexError).
    """
    _need_list(heap, "heapreplace", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item on the heap, then pop and return the smallest item."""
    _need_list(heap, "heappushpop", "argument 1")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Transform list x into a heap, in place, in O(len(x)) time."""
    _need_list(x, "heapify", "argument")
    # Leaves are heaps already; fix every inner node, bottom up.
    for pos in range(len(x) // 2 - 1, -1, -1):
        _siftup(x, pos)


# Max-heap variants (largest item first), private as in CPython; merge()
# with reverse=True and nsmallest() use them. They mirror the min-heap
# functions with the comparison turned around; a shared version taking the
# comparison as an argument would pay a Python call per comparison.

def _siftdown_max(heap, startpos, pos):
    item = heap[pos]
    while pos > startpos:
        up = (pos - 1) >> 1
        above = heap[up]
        if not above < item:
            break
        heap[pos] = above
        pos = up
    heap[pos] = item


def _siftup_max(heap, pos):
    size = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < size:
        other = child + 1
        if other < size and not heap[other] < heap[child]:
            child = other
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _siftdown_max(heap, top, pos)


def _heappop_max(heap):
    """Pop the largest item off a max-heap."""
    _need_list(heap, "_heappop_max", "argument")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Pop the largest item of a max-heap and push item."""
    _need_list(heap, "_heapreplace_max", "argument 1")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return largest


def _heapify_max(x):
    """Transform list x into a max-heap, in place."""
    _need_list(x, "_heapify_max", "argument")
    for pos in range(len(x) // 2 - 1, -1, -1):
        _siftup_max(x, pos)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator.

    Like sorted(itertools.chain(*iterables), key=key, reverse=reverse), but
    lazy: each input is read only as far as needed. Each input must itself
    be sorted the same way. Items that compare equal come out in the order
    of the inputs they come from.
    """
    if reverse:
        make_heap, pop, replace, direction = (
            _heapify_max, _heappop_max, _heapreplace_max, -1)
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    # One entry per unfinished input: [sort key, tie-breaker, item, next].
    # The tie-breaker (the input's position, negated for a max-heap) is
    # unique, so comparing entries never reaches the item or `next`.
    entries = []
    for position, iterable in enumerate(iterables):
        advance = iter(iterable).__next__
        try:
            item = advance()
        except StopIteration:
            continue
        entries.append([item if key is None else key(item),
                        position * direction, item, advance])
    make_heap(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        try:
            item = entry[3]()
        except StopIteration:
            pop(entries)
            continue
        entry[0] = item if key is None else key(item)
        entry[2] = item
        replace(entries, entry)
    if entries:
        # A single input is left: pass the rest through, without keys.
        _, _, item, advance = entries[0]
        yield item
        while True:
            try:
                item = advance()
            except StopIteration:
                return
            yield item


def _single(iterable, key, choose):
    # n == 1: min()/max() is all it takes.
    missing = object()
    if key is None:
        found = choose(iterable, default=missing)
    else:
        found = choose(iterable, default=missing, key=key)
    return [] if found is missing else [found]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to: sorted(iterable, key=key)[:n]
    """
    if n == 1:
        return _single(iterable, key, min)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key)[:n]
    # Keep the n best seen so far in a max-heap of (key, arrival, item):
    # its root is the worst of them, the one a better newcomer replaces.
    # The arrival number breaks ties so that, as in a stable sort, the
    # earlier of two equal items wins, and items are never compared.
    # zip() asks range(n) first, so no item beyond the n-th is read here.
    it = iter(iterable)
    best = [(item if key is None else key(item), arrival, item)
            for arrival, item in zip(range(n), it)]
    if not best:
        return []
    _heapify_max(best)
    worst = best[0][0]
    arrival = len(best)
    for item in it:
        k = item if key is None else key(item)
        if k < worst:
            _heapreplace_max(best, (k, arrival, item))
            worst = best[0][0]
        arrival += 1
    best.sort()
    return [entry[2] for entry in best]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to: sorted(iterable, key=key, reverse=True)[:n]
    """
    if n == 1:
        return _single(iterable, key, max)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=True)[:n]
    # The mirror image of nsmallest(): a min-heap whose root is the worst
    # of the n best. The arrival number is negated so that among equal
    # keys the later item counts as smaller, hence is dropped first, as a
    # stable reverse sort would order them.
    it = iter(iterable)
    best = [(item if key is None else key(item), -arrival, item)
            for arrival, item in zip(range(n), it)]
    if not best:
        return []
    heapify(best)
    worst = best[0][0]
    arrival = len(best)
    for item in it:
        k = item if key is None else key(item)
        if worst < k:
            heapreplace(best, (k, -arrival, item))
            worst = best[0][0]
        arrival += 1
    best.sort(reverse=True)
    return [entry[2] for entry in best]
