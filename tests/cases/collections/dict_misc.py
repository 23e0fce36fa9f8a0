d = dict.fromkeys(range(5), 'v')
print(d, len(d), list(d.items())[:2])
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
nested = {}
for a, b in [(1, 'x'), (2, 'y'), (1, 'z')]:
    nested.setdefault(a, {})[b] = True
print(nested)
print({k: v for k, v in zip('abc', [1, 2, 3])}, dict(sorted({'b': 1, 'a': 2}.items())))
print(d.__len__(), d.__contains__(3), d.__getitem__(0), iter(d).__next__())
