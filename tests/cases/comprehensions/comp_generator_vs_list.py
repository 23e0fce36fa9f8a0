gen = (x * 2 for x in range(4))
lst = [x * 2 for x in range(4)]
print(type(gen).__name__, type(lst).__name__, list(gen), lst, list(gen))
print(sum(x for x in range(5)), sum([x for x in range(5)]))
def src():
    print('src called')
    return range(3)
g = (x for x in src())
print('generator created')
print(list(g))
print(tuple(x for x in 'ab'), set(x for x in 'aab') == {'a', 'b'})
