class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.dist2(), p.dims, Point.dims, Point.__doc__, Point.__name__, Point.__qualname__)
p.move(1, 1).move(1, 1)
print(p.x, p.y, sorted(p.__dict__.items()))
p.z = 'dynamic'
print(p.z, 'z' in p.__dict__, hasattr(p, 'w'))
q = Point(0, 0)
print(q.__dict__, type(q) is Point, type(q).__name__, q.__class__.__name__, isinstance(q, Point))
Point.dims = 3
print(p.dims, q.dims)
p.dims = 99
print(p.dims, q.dims, Point.dims)
del p.dims
print(p.dims)
