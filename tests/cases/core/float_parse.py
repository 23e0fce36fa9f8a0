print(float("1.5"), float("  -2.25  "), float("1e3"), float("1E-3"), float(".5"), float("5."))
print(float("inf"), float("-Infinity"), float("nan"), float("+iNf"))
print(float("1_000.5"), float(10), float(True), float(-0))
print(float(2 ** 60), float(10 ** 20))
for s in ["abc", "", "1.2.3", "1e", "1_", "--1", "0x10", "in f"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([1])
except TypeError as e:
    print(type(e).__name__, e)
