tests = [
    ('len()', lambda: len()),
    ('len(1, 2)', lambda: len([], [])),
    ('abs()', lambda: abs()),
    ('int(x=1)', lambda: int(x=1)),
    ('sorted(1)', lambda: sorted(1)),
    ('zip(strict=1)', lambda: list(zip([1], [], strict=1))),
    ('min(key=)', lambda: min([1], key=5)),
    ('enumerate(start=1.5)', lambda: enumerate([], start=1.5)),
    ('chr()', lambda: chr()),
    ('isinstance(1)', lambda: isinstance(1)),
    ('getattr(1)', lambda: getattr(1)),
    ('divmod(1)', lambda: divmod(1)),
    ('pow(1)', lambda: pow(1)),
    ('repr()', lambda: repr()),
    ('iter()', lambda: iter()),
]
for label, t in tests:
    try:
        t()
        print(label, 'no error')
    except Exception as e:
        print(label, '->', type(e).__name__, e)
