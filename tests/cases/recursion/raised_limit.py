import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
print(depth(4000))
def count_down(n):
    if n == 0:
        return 'bottom'
    return count_down(n - 1)
print(count_down(4500))
try:
    depth(100000)
except RecursionError as e:
    print(type(e).__name__, e)
print(depth(10))
