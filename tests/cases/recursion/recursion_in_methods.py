class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
def chain(n):
    node = Tree(n)
    for i in range(n - 1, 0, -1):
        node = Tree(i, [node])
    return node
t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(t.total(), t.depth())
c = chain(200)
print(c.total(), c.depth())
class Loop:
    @property
    def me(self):
        return self.me
try:
    Loop().me
except RecursionError as e:
    print(type(e).__name__, e)
