def pi_digits(count):
    q, r, t, k, n, l = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < count:
        if 4 * q + r - t < n * t:
            digits.append(n)
            q, r, n = 10 * q, 10 * (r - n * t), (10 * (3 * q + r)) // t - 10 * n
        else:
            q, r, t, k, n, l = q * k, (2 * q + r) * l, t * l, k + 1, (q * (7 * k + 2) + r * l) // (t * l), l + 2
    return digits
ds = pi_digits(200)
text = ''.join(map(str, ds))
for i in range(0, 200, 10):
    chunk = text[i:i + 10]
    print(f'{chunk}\t:{i + len(chunk)}')
print(text[:1] + '.' + text[1:50])
