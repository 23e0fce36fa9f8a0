a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {'a': 1}
d['self'] = d
print(d)
l2 = []
l2.append(l2)
l2.append(l2)
print(l2)
outer = {'list': []}
outer['list'].append(outer)
print(outer)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f'Node({self.children!r})'
n = Node()
n.children.append(n)
try:
    print(repr(n))
except RecursionError as e:
    print(type(e).__name__)
print(a == a, len(str(a)))
