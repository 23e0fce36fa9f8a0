for a in [7, -7, 0, 13, -13]:
    for b in [2, -2, 5, -5]:
        q, r = divmod(a, b)
        print(a, b, q, r, q * b + r == a, a // b == q, a % b == r)
for a in [7.5, -7.5]:
    for b in [2.0, -2.0]:
        print(a, b, divmod(a, b), a // b, a % b)
print(-0.0 % 5, 0.0 % -5, 5 % float('inf'), -5 % float('inf'))
