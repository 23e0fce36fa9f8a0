grid = []
for r in range(4):
    row = []
    for c in range(5):
        row.append(r * c)
    grid.append(row)
for row in grid:
    print(' '.join(f'{v:2d}' for v in row))
found = None
for r in range(len(grid)):
    for c in range(len(grid[r])):
        if grid[r][c] == 6:
            found = (r, c)
            break
    if found:
        break
print('found', found)
total = 0
i = 0
while i < 3:
    j = 0
    while j < 3:
        total += i * j
        j += 1
    i += 1
print(total)
