# Tight integer loops: Collatz chain lengths, a prime sieve, digit sums and
# Euclid's gcd. Exercises while/for loops, comparisons, //, %, and bit ops.

LIMIT = 80000


def collatz_longest(limit):
    best_n = 1
    best_len = 1
    for start in range(1, limit):
        n = start
        steps = 1
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n = n >> 1
            steps += 1
        if steps > best_len:
            best_len = steps
            best_n = start
    return best_n, best_len


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    last = 0
    for k in range(limit + 1):
        if flags[k]:
            count += 1
            last = k
    return count, last


def digit_sums(limit):
    total = 0
    for n in range(limit):
        m = n
        while m:
            total += m % 10
            m //= 10
    return total


def gcd_sum(limit):
    total = 0
    for a in range(1, limit):
        b = limit * 7 + 3
        x = a * 13 + 1
        while b:
            x, b = b, x % b
        total += x
    return total


def main():
    n, length = collatz_longest(LIMIT)
    print("collatz", n, length)
    count, last = sieve(LIMIT * 4)
    print("primes", count, last)
    print("digits", digit_sums(LIMIT * 2))
    print("gcd", gcd_sum(LIMIT))


main()
