def trace(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print('returned', result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
add(a=1, b=1)
print(add.__name__)
def register(registry):
    def deco(fn):
        registry.append(fn.__name__)
        return fn
    return deco
names = []
@register(names)
def one():
    return 1
@register(names)
def two():
    return 2
print(names, one(), two())
