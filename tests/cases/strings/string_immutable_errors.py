s = "abc"
try:
    s.append('d')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".join(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc".center()
except TypeError as e:
    print(type(e).__name__, e)
print(s)
