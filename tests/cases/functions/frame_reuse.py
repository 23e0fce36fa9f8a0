# Finished frames are recycled for later calls, keeping their slots: a new
# run must see its parameters and nothing else of an earlier call, whether
# the recycled frame ran the same code, another code with as many slots, a
# code with cells, or ended by an exception.

def fill(a, b, c):
    x = a + b
    y = x * c
    return y

def peek(p, q, r):
    try:
        print("x before binding:", x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    x = p
    return x + q + r

def cell_user(a, b):
    def inner():
        return a + b
    return inner()

def raiser(a, b, c):
    t = a
    raise ValueError(t)

def tracer(frame, event, arg):
    return None

for round_ in range(3):
    print(fill(1, 2, 3), peek(10, 20, 30), cell_user(4, 5))
    try:
        raiser(7, 8, 9)
    except ValueError as e:
        print("raised", e)
    print(peek(1, 1, 1))

# The same code run again after its frame was recycled.
def count_locals(a, b, c):
    return sorted(locals())

print(count_locals(1, 2, 3), count_locals(4, 5, 6))

# A trace function called many times reuses one frame.
import sys
seen = []
def t(frame, event, arg):
    seen.append((frame.f_code.co_name, event))
    return t
def traced(n):
    total = 0
    for i in range(n):
        total += i
    return total
sys.settrace(t)
traced(3)
sys.settrace(None)
print(seen)
