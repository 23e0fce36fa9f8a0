def f(x):
    if not x:
        raise
    if x < 0:
        raise ValueError
    if x > 100:
        raise ValueError("too big") from None
    assert x != 50, f"bad {x}"
    assert x
