s = ''
for i in range(5):
    s += str(i)
print(s, s * 2, len(s * 100))
print('abc' < 'abd', 'abc' < 'ab', 'B' < 'a', 'é' > 'e', 'apple' == 'apple', 'a' != 'A')
print(sorted(['banana', 'Apple', 'cherry', 'apple', 'Banana']))
print(sorted(['b', 'a', 'C'], key=str.lower))
print(max('hello'), min('hello'), 'z' * 3 > 'z' * 2)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' - 'b'
except TypeError as e:
    print(type(e).__name__, e)
