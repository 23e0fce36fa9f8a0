seen = set()
for item in [1, 'a', (2, 3), [4, 5]]:
    seen.add(item)
    print(len(seen))
