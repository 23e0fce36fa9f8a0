s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(' '))
print("a,b,,c".split(','), "a,b,,c".split(',', 1), "a,b,,c".rsplit(',', 1))
print("a b c d".split(None, 2), "a b c d".rsplit(None, 2), "".split(), "".split(','))
print("1<>2<>3".split('<>'), "abc".split('abc'), "  x  ".split(' '))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), '/'.join(('p', 'q')))
print('x'.join(str(i) for i in range(5)))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split('')
except ValueError as e:
    print(type(e).__name__, e)
print("a\tb\nc\rd\x0be\x0cf\x1cg".split())
