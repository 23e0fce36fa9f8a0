nan = float('nan')
inf = float('inf')
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf > 10 ** 300, -inf < -10 ** 300, inf == inf, inf == -(-inf))
print([nan] == [nan], nan in [nan], (nan,) == (nan,))
print(min(3.0, inf), max(-inf, -3.0))
print(inf / inf == inf / inf, inf - inf)
print(repr(nan), repr(-inf), str(inf))
try:
    int(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
print(hash(inf), hash(-inf), hash(0.0) == hash(0), hash(1.0) == hash(1), hash(1.5) == hash(1.5))
