# N-queens: count all solutions by backtracking three ways - with sets of
# attacked columns/diagonals, with an explicit stack over boolean lists, and
# with integer bitmasks - and report the first and last solutions found.

N = 11


def solve_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


def count_lists(n):
    cols = [False] * n
    up = [False] * (2 * n)
    down = [False] * (2 * n)
    rows = [0] * n
    count = 0
    row = 0
    rows[0] = -1
    while row >= 0:
        c = rows[row]
        if c >= 0:
            cols[c] = False
            up[row + c] = False
            down[row - c + n] = False
        c += 1
        while c < n and (cols[c] or up[row + c] or down[row - c + n]):
            c += 1
        if c == n:
            row -= 1
            continue
        rows[row] = c
        if row == n - 1:
            count += 1
            cols[c] = True
            up[row + c] = True
            down[row - c + n] = True
            continue
        cols[c] = True
        up[row + c] = True
        down[row - c + n] = True
        row += 1
        rows[row] = -1
    return count


def count_bits(n):
    full = (1 << n) - 1

    def go(cols, left, right):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            total += go(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return total

    return go(0, 0, 0)


def main():
    sols = solve_sets(N)
    print("solutions", len(sols))
    print("first", sols[0])
    print("last", sols[-1])
    print("lists", N, count_lists(N))
    print("bitmask", N + 1, count_bits(N + 1))


main()
