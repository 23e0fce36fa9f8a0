print(list(zip([1, 2, 3], 'abc')), list(zip([1, 2], 'abcd')), list(zip()), list(zip([1, 2])))
print(list(zip(range(3), range(10, 13), range(20, 23))), dict(zip('ab', [1, 2])))
print(list(zip([1, 2], [3, 4], strict=True)))
pairs = [(1, 'a'), (2, 'b')]
nums, chars = zip(*pairs)
print(nums, chars)
for args in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
