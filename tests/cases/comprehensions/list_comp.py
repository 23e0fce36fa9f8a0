print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in 'ab'])
print([x if x % 2 else -x for x in range(6)])
print([[y for y in range(x)] for x in range(4)])
print([c.upper() for c in 'hello' if c not in 'aeiou'])
words = ['apple', 'bob', 'kayak', 'level', 'python']
print([w for w in words if w == w[::-1]])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n % 2])
print([i * j for i, j in zip(range(5), range(5, 10))])
print([] == [x for x in []], [None for _ in range(3)])
