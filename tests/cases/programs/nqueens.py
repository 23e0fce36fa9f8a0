def solve(n):
    count = 0
    first = None
    cols = [0] * n
    def place(row, used_cols, diag1, diag2):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = cols[:]
            return
        for c in range(n):
            if c in used_cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols[row] = c
            used_cols.add(c); diag1.add(row + c); diag2.add(row - c)
            place(row + 1, used_cols, diag1, diag2)
            used_cols.discard(c); diag1.discard(row + c); diag2.discard(row - c)
    place(0, set(), set(), set())
    return count, first
for n in range(1, 9):
    count, first = solve(n)
    print(n, count, first)
count, board = solve(6)
for c in board:
    print(''.join('Q' if i == c else '.' for i in range(6)))
