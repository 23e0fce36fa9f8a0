# Big integers: stream decimal digits of pi with an unbounded spigot built on
# linear fractional transformations (2x2 integer matrices that grow without
# bound). Prints the digits in lines of 50 plus a digit sum.

DIGITS = 3800


def digits_of_pi(count):
    # state matrix [[q, r], [0, t]] maps x -> (q*x + r) / t
    q, r, t = 1, 0, 1
    k = 0
    produced = 0
    while produced < count:
        low = (3 * q + r) // t
        high = (4 * q + r) // t
        if low == high:
            yield low
            produced += 1
            # multiply on the left by [[10, -10*d], [0, 1]]
            q = 10 * q
            r = 10 * (r - low * t)
        else:
            # multiply on the right by the next term [[k, 4k+2], [0, 2k+1]]
            k += 1
            r = q * (4 * k + 2) + r * (2 * k + 1)
            q = q * k
            t = t * (2 * k + 1)


def main():
    line = []
    total = 0
    shown = 0
    for d in digits_of_pi(DIGITS):
        total += d
        line.append(str(d))
        if len(line) == 50:
            shown += 1
            if shown <= 3 or shown % 10 == 0 or shown * 50 == DIGITS:
                print("".join(line), shown * 50)
            line = []
    if line:
        print("".join(line), DIGITS)
    print("digit sum", total)


main()
