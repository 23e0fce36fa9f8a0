s = "abc"
for w in [0, 2, 3, 6, 7]:
    print(repr(s.center(w)), repr(s.ljust(w)), repr(s.rjust(w)), repr(s.center(w, '*')), repr(s.ljust(w, '-')), repr(s.rjust(w, '0')))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2), "-".zfill(3))
try:
    s.center(10, '**')
except TypeError as e:
    print(type(e).__name__, e)
print('ab'.center(5, 'x'), 'abc'.center(6, 'x'), 'a'.center(4, 'x'))
