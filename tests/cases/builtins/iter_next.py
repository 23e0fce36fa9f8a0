it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
s = iter('ab')
print(type(s).__name__, list(s), list(s))
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
calls = iter([5, 4, 3, 0, 2, 1])
print(list(iter(lambda: next(calls), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
class Count3:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Count3()), iter(it) is it)
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
