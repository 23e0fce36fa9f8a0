cases = [("%d", 'x'), ("%s %s", ('a',)), ("%s", ('a', 'b')), ("%z", 1), ("%(k)s", 1),
         ("%(k)s", {}), ("%c", 'ab'), ("%d", None), ("%", 1), ("%x", 1.5)]
for fmt, arg in cases:
    try:
        print(fmt % arg)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
