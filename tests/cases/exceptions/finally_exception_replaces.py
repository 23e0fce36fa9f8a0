def f():
    try:
        raise ValueError('original')
    finally:
        raise TypeError('from finally')
try:
    f()
except TypeError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 1
    finally:
        print('g finally')
print(g())
def h():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
try:
    print(h())
except SyntaxError:
    pass
