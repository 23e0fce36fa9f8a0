import math
for label, fn in [('sqrt(-1)', lambda: math.sqrt(-1)), ('log(0)', lambda: math.log(0)), ('log(-1)', lambda: math.log(-1)),
                  ('acos(2)', lambda: math.acos(2)), ('factorial(-1)', lambda: math.factorial(-1)),
                  ('factorial(2.5)', lambda: math.factorial(2.5)), ('exp(1000)', lambda: math.exp(1000)),
                  ('sqrt("x")', lambda: math.sqrt('x')), ('floor(nan)', lambda: math.floor(math.nan)),
                  ('ceil(inf)', lambda: math.ceil(math.inf)), ('gcd(1.5)', lambda: math.gcd(1.5)),
                  ('isqrt(-1)', lambda: math.isqrt(-1)), ('log(1, 1)', lambda: math.log(1, 1)),
                  ('pow(0, -1)', lambda: math.pow(0, -1)), ('fmod(1, 0)', lambda: math.fmod(1, 0))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, '->', type(e).__name__, e)
