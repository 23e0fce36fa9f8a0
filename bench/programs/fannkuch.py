# Fannkuch: enumerate every permutation of 0..n-1 (Heap's algorithm) and for
# each one repeatedly reverse the prefix whose length is given by the first
# element until a 0 comes first. Reports the maximum flip count and a signed
# checksum over the enumeration order, for n = N-2 .. N.

N = 9


def count_flips(perm):
    p = perm[:]
    flips = 0
    first = p[0]
    while first:
        i = 0
        j = first
        while i < j:
            p[i], p[j] = p[j], p[i]
            i += 1
            j -= 1
        flips += 1
        first = p[0]
    return flips


def fannkuch(n):
    perm = list(range(n))
    counters = [0] * n
    max_flips = count_flips(perm)
    checksum = max_flips
    index = 1
    i = 1
    while i < n:
        if counters[i] < i:
            if i % 2 == 0:
                perm[0], perm[i] = perm[i], perm[0]
            else:
                c = counters[i]
                perm[c], perm[i] = perm[i], perm[c]
            flips = count_flips(perm)
            if flips > max_flips:
                max_flips = flips
            if index % 2 == 0:
                checksum += flips
            else:
                checksum -= flips
            index += 1
            counters[i] += 1
            i = 1
        else:
            counters[i] = 0
            i += 1
    return max_flips, checksum, index


def main():
    for n in range(N - 2, N + 1):
        max_flips, checksum, count = fannkuch(n)
        print("n", n, "permutations", count, "checksum", checksum, "max flips", max_flips)


main()
