print(sum(x * x for x in range(10)), max(len(w) for w in ['a', 'bbb', 'cc']))
print(sorted((x % 3, x) for x in range(6)))
print(''.join(c for c in 'a1b2c3' if c.isalpha()), any(x > 3 for x in [1, 5]), all(x for x in []))
def consume(it, n):
    return [next(it) for _ in range(n)]
print(consume(iter(range(100)), 4), consume((x * 2 for x in range(10)), 3))
print(tuple(x for x in 'ab'), dict((k, len(k)) for k in ['aa', 'b']))
