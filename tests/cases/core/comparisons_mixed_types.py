print(1 == 1.0 == True, 'a' == 'a', b'a' == 'a', (1,) == [1])
print(None == False, 0 == '', [] == False)
print(1 != 'x', {'a': 1} == {'a': 1.0})
for a, b in [(1, 'x'), ('x', 1), ([], 1), ((), [])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print({1} < {1, 2}, {1: 2} < {1: 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1j > 1)
except TypeError as e:
    print(type(e).__name__, e)
