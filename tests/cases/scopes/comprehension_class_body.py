class A:
    base = [1, 2, 3]
    factor = 10
    doubled = [x * 2 for x in base]
    try:
        scaled = [x * factor for x in base]
    except NameError as e:
        scaled = f'{type(e).__name__}: {e}'
    pairs = {k: k for k in base}
    first_iter_ok = [y for y in range(factor)][-1]
print(A.doubled)
print(A.scaled)
print(A.pairs, A.first_iter_ok)
