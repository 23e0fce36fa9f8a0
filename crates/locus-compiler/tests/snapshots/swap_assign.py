def swap(p, i, j):
    p[i], p[j] = p[j], p[i]
    a, b, c = 1, 2, 3
    (x,) = (a,)
    d, e, f, g = a, b, c, x
    return a, b, c, d, e, f, g, x
