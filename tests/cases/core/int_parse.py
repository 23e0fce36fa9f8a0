print(int("42"), int("-42"), int("  +7  "), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("-0b11", 0))
print(int(3.9), int(-3.9), int(True), int(1e20))
print(int("0"), int("000"), int("0", 0))
print(int("١٢٣"))
for s, base in [("abc", 10), ("", 10), ("1.5", 10), ("12", 2), ("0x10", 10), ("1__0", 10),
                ("_1", 10), ("010", 0), (" ", 10), ("9", 8)]:
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("10", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
