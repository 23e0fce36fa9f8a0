# Cost of a no-op Python trace function on a simple loop (issue 4): run it
# with locus and with python3.13-ref; CPython 3.13 shows about 3x.
import sys, time
def work():
    total = 0
    for i in range(300000):
        total += i % 7
    return total
def noop(frame, event, arg):
    return noop
t0 = time.perf_counter(); work(); t1 = time.perf_counter()
sys.settrace(noop); work(); sys.settrace(None); t2 = time.perf_counter()
print(f"untraced {t1-t0:.3f}s traced {t2-t1:.3f}s slowdown {(t2-t1)/(t1-t0):.1f}x")
