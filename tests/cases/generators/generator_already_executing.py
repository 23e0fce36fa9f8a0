def selfref():
    yield next(g)
g = selfref()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
def sender():
    yield g2.send(None)
g2 = sender()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, 'exhausted after error'))
