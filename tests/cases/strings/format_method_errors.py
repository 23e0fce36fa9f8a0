for fmt, args, kwargs in [("{} {}", (1,), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}),
                          ("{:d}", ('s',), {}), ("{:s}", (1,), {}), ("{", (), {}), ("}", (), {}),
                          ("{0.missing}", (1,), {}), ("{:,s}", ('x',), {}), ("{!z}", (1,), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
