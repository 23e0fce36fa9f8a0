# Cost of a no-op Python trace function on a simple loop (issue 4): run it
# with locus and with python3.13-ref; CPython 3.13 shows about 3x.
# Like the runner, it keeps the minimum of several rounds (each round
# times the loop untraced, then traced), so that one slow round on a busy
# machine does not decide the figure; the first round is printed too.
import sys, time
def work():
    total = 0
    for i in range(300000):
        total += i % 7
    return total
def noop(frame, event, arg):
    return noop
ROUNDS = 5
untraced = []
traced = []
for _ in range(ROUNDS):
    t0 = time.perf_counter(); work(); t1 = time.perf_counter()
    sys.settrace(noop); work(); sys.settrace(None); t2 = time.perf_counter()
    untraced.append(t1 - t0)
    traced.append(t2 - t1)
print(f"first round: untraced {untraced[0]:.3f}s traced {traced[0]:.3f}s "
      f"slowdown {traced[0]/untraced[0]:.2f}x")
print(f"best of {ROUNDS}: untraced {min(untraced):.3f}s traced {min(traced):.3f}s "
      f"slowdown {min(traced)/min(untraced):.2f}x")
