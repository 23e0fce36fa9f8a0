parts = []
for i in range(2000):
    parts.append(str(i % 10))
s = ''.join(parts)
print(len(s), s[:20], s[-10:], s.count('7'))
big = 'ab' * 50000
print(len(big), big[99998:], big.count('ba'), big.find('bb'))
lines = '\n'.join('line %d' % i for i in range(1000))
print(len(lines.splitlines()), lines.splitlines()[-1])
print(len(big.replace('a', 'xyz')), big.upper()[:6])
