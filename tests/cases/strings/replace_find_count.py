s = "hello hello hello"
print(s.replace('l', 'L'), s.replace('hello', 'bye', 2), s.replace('', '-'), s.replace('x', 'y'))
print(s.find('llo'), s.find('llo', 3), s.find('zz'), s.rfind('llo'), s.find('h', 1, 7), s.find(''))
print(s.index('o'), s.rindex('o'), s.count('l'), s.count('ll'), s.count(''), 'aaaa'.count('aa'))
print("abc".find('c', -1), "abc".find('a', -1), "abc".rfind(''), s.count('l', 5, 10))
try:
    s.index('zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('zz')
except ValueError as e:
    print(type(e).__name__, e)
print('na' * 3 + ' batman', 3 * 'ab', 'x' * 0, 'x' * -2)
print('ell' in s, 'xyz' not in s, '' in s)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
