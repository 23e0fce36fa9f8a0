print(0 or 'default', '' or 0 or None, 'a' or 'b', [] or [1])
print(1 and 2, 0 and 2, 'x' and '', None and 1/0)
print(1 or 1/0, 0 and 1/0, not 0 or 1/0)
log = []
def v(x):
    log.append(x)
    return x
r = v(0) or v('') or v('hit') or v('miss')
print(r, log)
log.clear()
r = v(1) and v(2) and v(0) and v(3)
print(r, log)
log.clear()
r = (v(0) and v(1)) or (v(2) and v(3))
print(r, log)
x = None
name = x and x.name
print(name)
print([] and 1, {} or (), type(0 or 0.0).__name__)
