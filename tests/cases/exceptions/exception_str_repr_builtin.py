tests = [lambda: [][0], lambda: {}['k'], lambda: 1 / 0, lambda: int('x'), lambda: None.attr,
         lambda: 'a' + 1, lambda: [].pop(), lambda: undefined, lambda: (1).foo(),
         lambda: iter(5), lambda: next(iter([])), lambda: [1, 2, 3].index(9), lambda: '{}'.format(),
         lambda: abs('x'), lambda: len(5), lambda: chr(10 ** 9)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, '|', e, '|', repr(e))
