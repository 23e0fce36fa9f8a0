for x in [-2, 0, 3]:
    print('pos' if x > 0 else 'zero' if x == 0 else 'neg')
calls = []
def t(v):
    calls.append(v)
    return v
r = t('a') if t(True) else t('b')
print(r, calls)
calls.clear()
r = t('a') if t(0) else t('b')
print(r, calls)
print([('even' if n % 2 == 0 else 'odd') for n in range(4)])
f = (lambda v: 'big' if v > 100 else 'small')
print(f(5), f(500))
print((1 if True else 2) + 10, 1 if False else 2 + 10)
