import sys
print('a', 'b', 'c')
print('a', 'b', sep='-')
print('no newline', end='')
print(' <- continued')
print('x', 'y', sep='', end='!\n')
print()
print(1, 2.5, None, [1], sep=' | ')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print(*range(5), sep=',')
print('multi', 'end', end='\n\n')
print(sep='ignored')
print('sep none', 'end none', sep=None, end=None)
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', file=5)
except AttributeError as e:
    print(type(e).__name__, e)
