pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
primes = [n for n in range(2, 60) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
flat = [x for sub in [[1, 2], [], [3], [4, 5, 6]] for x in sub]
print(flat)
grid = [[(r, c) for c in range(3) if (r + c) % 2 == 0] for r in range(3)]
print(grid)
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
print({w: len(w) for w in 'one two three four'.split() if len(w) > 3})
