class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        print('  __contains__', x)
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __bool__(self):
        return bool(self.items)
b = Bag(1, 2, 3)
print(len(b), list(b), 2 in b, 9 in b, b[0], b[-1], b[1:])
b[0] = 'one'
del b[1]
print(b.items, bool(b), bool(Bag()), [x for x in b], sorted(Bag(3, 1, 2)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [v for v in Seq()])
it = iter(Seq())
print(next(it), next(it))
