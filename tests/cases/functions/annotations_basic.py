def f(a: int, b: 'str' = 'x', *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(x, y):
    pass
print(g.__annotations__)
x: int = 5
y: str
print(x, __annotations__)
class C:
    attr: int = 3
    other: 'C'
print(C.__annotations__, C.attr)
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def h() -> None:
    v: int = 10
    w: float
    return v
print(h(), h.__annotations__)
