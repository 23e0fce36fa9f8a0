values = [3, 1, "two"]
print(sorted(values[:2]))
print(sorted(values))
