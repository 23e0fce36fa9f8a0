# Float math: escape-time Mandelbrot over a grid. Counts points that stay
# bounded and builds a small checksum of the iteration counts.

WIDTH = 480
HEIGHT = 360
MAX_ITER = 150


def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    k = 0
    while k < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        k += 1
    return limit


def render(width, height, limit):
    inside = 0
    checksum = 0
    rows = []
    for y in range(height):
        ci = -1.2 + 2.4 * y / height
        row_total = 0
        for x in range(width):
            cr = -2.1 + 3.0 * x / width
            k = escape(cr, ci, limit)
            if k == limit:
                inside += 1
            row_total += k
        checksum = (checksum * 31 + row_total) % 1000000007
        rows.append(row_total)
    return inside, checksum, max(rows)


def main():
    inside, checksum, widest = render(WIDTH, HEIGHT, MAX_ITER)
    print("inside", inside)
    print("checksum", checksum)
    print("max_row", widest)


main()
