def tracked():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit received')
        raise
    finally:
        print('cleanup')
g = tracked()
print(next(g))
g.close()
print(next(g, 'after close'))
g.close()
g2 = tracked()
g2.close()
print('closing unstarted prints nothing')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
g3 = stubborn()
next(g3)
try:
    g3.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
g4 = returns_on_close()
next(g4)
print(g4.close())
