# heapq.nsmallest, nlargest (key, ties, iterators, n edge cases) and merge
# (key, reverse, laziness).
import heapq

data = [5, 1, 9, 3, 7, 3, 8, 2, 6, 1, 4]
for n in [-1, 0, 1, 2, 3, 5, 11, 20]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data),
          heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))

words = ["pear", "fig", "banana", "kiwi", "apple", "plum", "date", "lime"]
print(heapq.nsmallest(3, words, key=len), heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(4, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))
print(heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len))
print(heapq.nsmallest(1, []), heapq.nlargest(1, iter([])), heapq.nsmallest(3, []))
print(heapq.nlargest(2, {"a": 3, "b": 1, "c": 2}.items(), key=lambda kv: kv[1]))

# The iterator is read no further than needed when n <= 0.
it = iter(range(10))
print(heapq.nsmallest(0, it), next(it))

merged = heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 6, 9], [])
print(type(merged).__name__, next(merged), next(merged), list(merged))
print(list(heapq.merge([9, 5, 1], [8, 2], [7], reverse=True)))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], ["", "zzzz"], key=len)))
print(list(heapq.merge([(1, "x"), (2, "x")], [(1, "y"), (2, "y")], key=lambda t: t[0])))
print(list(heapq.merge([3, 1], [3, 2], [3, 0], key=lambda v: v // 2, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge("ace", "bdf")))

lazy = heapq.merge(1)  # an error only once iterated
try:
    next(lazy)
except TypeError as e:
    print("TypeError", e)
