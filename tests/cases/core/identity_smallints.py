a = [1, 2, 3]
b = a[:]
print(a == b, a is b, a[0] is b[0])
t = (1, 2)
print(t is t, t == (1, 2))
x = None
print(x is None, id(x) == id(None))
s1 = 'hello'
s2 = 'hello'
print(s1 == s2)
class C:
    pass
o1, o2 = C(), C()
print(o1 is o2, o1 == o2, o1 is o1, o1 != o2, id(o1) == id(o1), id(o1) != id(o2))
print(True is True, (1 == 1) is True, not (1 == 2) is True)
