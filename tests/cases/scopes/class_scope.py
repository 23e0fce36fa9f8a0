class A:
    x = 10
    y = x * 2
    def method(self):
        try:
            return x
        except NameError as e:
            return f'{type(e).__name__}: {e}'
    def method2(self):
        return A.x, self.x
    z = [x for _ in range(1)] if False else None
print(A.y, A().method(), A().method2())
x = 'module x'
print(A().method())
class B:
    v = 'class v'
    def get():
        return v
v = 'global v'
print(B.get())
def f():
    w = 'func w'
    class C:
        w = 'class w'
        def m(self):
            return w
        cw = w
    return C().m(), C.cw
print(f())
