def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
print(double.__closure__ is not None, len(double.__closure__), double.__closure__[0].cell_contents)
print(make_counter.__closure__)
def outer():
    x = 'outer'
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def late_binding():
    v = 1
    f = lambda: v
    v = 2
    return f()
print(late_binding())
