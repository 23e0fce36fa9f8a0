big = 10 ** 100000
print(type(big).__name__, big > 0, big.bit_length())
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(big)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 5000)
except ValueError as e:
    print(type(e).__name__, e)
small = 10 ** 4000
print(len(str(small)), str(small)[:5])
print(hex(big)[:10], len(hex(big)))
print(big % 1000007, (big // 7) % 13)
