class A:
    pass
ops = [lambda: A() + 1, lambda: 1 + A(), lambda: A() - A(), lambda: A() * 'x', lambda: A() / 2,
       lambda: A() // 2, lambda: A() % 2, lambda: A() ** 2, lambda: A() @ A(), lambda: A() & 1,
       lambda: A() | 1, lambda: A() ^ 1, lambda: A() << 1, lambda: A() >> 1, lambda: -A(),
       lambda: +A(), lambda: ~A(), lambda: abs(A()), lambda: A() < A(), lambda: A() >= 1,
       lambda: [] - [], lambda: {} + {}, lambda: 'a' / 2, lambda: None * 2]
for op in ops:
    try:
        op()
    except TypeError as e:
        print(e)
x = A()
try:
    x += 1
except TypeError as e:
    print(e)
try:
    x **= 2
except TypeError as e:
    print(e)
