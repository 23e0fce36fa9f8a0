print(str(), str(123), str(1.5), str([1, 'a']), str((1,)), str({'a': 1}), str(None), str(b'ab'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xff', 'utf-8', 'replace'))
class C:
    def __str__(self):
        return 'custom'
class D:
    def __repr__(self):
        return 'D()'
class Bad:
    def __str__(self):
        return 42
print(str(C()), str(D()), repr(D()), [C()] == [C()], str([D()]))
try:
    str(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(type(str(5)).__name__, str is type('x'), isinstance('x', str))
