print("{} {} {}".format(1, 'two', 3.0))
print("{0} {1} {0}".format('a', 'b'))
print("{name} is {age}".format(name='Ann', age=30))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {'key': 'val'}))
class Pt:
    x = 3
    y = 4
print("{0.x},{0.y} {p.x}".format(Pt(), p=Pt()))
print("{:>8}|{:<8}|{:^8}|{:*^8}|{:08.3f}".format('r', 'l', 'c', 'c', 3.14159))
print("{:+d} {:+d} {: d} {:,} {:_} {:#x} {:#o} {:#b}".format(5, -5, 5, 1234567, 1234567, 255, 8, 5))
print("{:%} {:.1%} {:e} {:.2e} {:g} {:.3g} {:G}".format(0.25, 0.125, 12345.678, 0.000123, 1e-10, 1234.5, 1e20))
print("{:10.3}|{:.5}|{:>10.2f}|{!r}|{!s:>5}".format(3.14159, 'abcdefg', 2.5, 'x', 1))
print("{{}} {{{}}}".format(7))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2), "{:{}}|".format('x', 4))
print("{0:{1}}|".format(5, 4), "{:=^+10d}".format(42), "{:c}".format(65))
