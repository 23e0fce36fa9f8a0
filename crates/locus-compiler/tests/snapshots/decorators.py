@staticmethod
def plain():
    pass

@first
@second(arg)
@obj.attr.deco
def multi(x):
    return x

@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0
