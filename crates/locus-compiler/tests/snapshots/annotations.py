x: int = 1
y: "forward"
obj.attr: str = "a"
obj.other: str
d["key"]: int
(z): float = 2.0

def f(a: int, b: "B" = 2, *args: str, c: bool, **kw: dict) -> list:
    local: int = 3
    bare: str
    return [local]

class C:
    field: int
    other: str = "x"
    def method(self) -> None:
        pass
