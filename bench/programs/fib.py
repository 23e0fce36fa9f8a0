# Recursion: naive doubly-recursive Fibonacci plus a recursive Ackermann-style
# helper. Exercises call overhead, argument passing and small-int arithmetic.

N = 31


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def main():
    total = 0
    for n in range(N - 3, N + 1):
        total += fib(n)
    print("fib", N, fib(N))
    print("sum", total)
    print("tak", tak(18, 12, 6))


main()
