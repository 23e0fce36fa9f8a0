def risky(n):
    if n > 2:
        raise OverflowError(f'n={n} is too large')
    return n * 10
for i in range(5):
    try:
        print(risky(i))
    except OverflowError as e:
        print('handled:', e)
        if i == 4:
            raise
