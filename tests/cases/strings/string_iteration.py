s = "héllo"
for i, c in enumerate(s):
    print(i, c, ord(c))
print(list(s), tuple(s), set("aab") == {'a', 'b'}, ''.join(reversed(s)))
it = iter("ab")
print(next(it), next(it), next(it, 'done'))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([c * 2 for c in "abc"], "".join(c.upper() if i % 2 else c for i, c in enumerate("abcdef")))
