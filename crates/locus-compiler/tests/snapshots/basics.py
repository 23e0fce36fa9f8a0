"""doc"""
import os.path
from sys import argv as a, path
x = 1
y: int = 2
def f(a, b=2, *args, c, d=4, **kw) -> int:
    """fdoc"""
    s = 0
    for i in range(a):
        if i % 2 == 0:
            continue
        s += i
    else:
        s = -s
    while s > 100:
        s //= 2
        if s == 7:
            break
    return s
print(f(10, c=3), x < y < 3, [i*i for i in range(5) if i], {k: v for k, v in []})
