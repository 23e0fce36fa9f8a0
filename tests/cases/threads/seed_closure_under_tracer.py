# The seed bug (bpo-30744 / gh-74929) with real threads. Thread A bumps a
# closure variable `count` through `nonlocal`; meanwhile thread B runs a
# busy loop under a trace function whose local trace function reads and
# iterates frame.f_locals at every event; B's loop closes over `count` too
# and reads the outer frame's locals through a frame reference. Before
# Python 3.13 each trace event copied B's variables, `count` included, and
# wrote the stale copy back into the shared cell when the trace function
# returned, undoing A's increments (CPython 3.12 loses thousands per
# repetition). With PEP 667 nothing is written back: "lost 0" every time.
import sys
import threading

REPS = 20
# The full seed scenario: `locus seed_closure_under_tracer.py 1000000`.
BUMPS = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000


def scenario():
    count = 0
    done = []  # never rebound: a stale write-back cannot undo it
    outer = sys._getframe()
    b_running = threading.Event()

    def bump():
        nonlocal count
        count += 1

    def thread_a():
        for _ in range(BUMPS):
            bump()

    def local_trace(frame, event, arg):
        for name, value in frame.f_locals.items():
            pass
        return local_trace

    def global_trace(frame, event, arg):
        frame.f_locals
        return local_trace

    def busy_loop():
        # Traced: called after sys.settrace() (the frame that calls
        # settrace is not traced itself).
        spins = 0
        b_running.set()
        while not done:
            seen = count  # this frame closes over the same cell
            for name, value in list(outer.f_locals.items()):
                pass
            spins += 1
        return seen

    def thread_b():
        sys.settrace(global_trace)
        busy_loop()
        sys.settrace(None)

    b = threading.Thread(target=thread_b)
    b.start()
    b_running.wait()
    a = threading.Thread(target=thread_a)
    a.start()
    a.join()
    done.append(True)
    b.join()
    return count


for rep in range(REPS):
    print(f"rep {rep}: lost {BUMPS - scenario()}")
