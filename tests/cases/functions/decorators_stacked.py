def bold(fn):
    def wrap():
        return '<b>' + fn() + '</b>'
    return wrap
def italic(fn):
    def wrap():
        return '<i>' + fn() + '</i>'
    return wrap
@bold
@italic
def text():
    return 'hi'
print(text())
order = []
def mark(label):
    order.append('factory ' + label)
    def deco(fn):
        order.append('apply ' + label)
        return fn
    return deco
@mark('A')
@mark('B')
@mark('C')
def f():
    pass
print(order)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def sq(x):
    return x * x
print(sq(4))
@lambda fn: fn.__name__.upper()
def shout():
    pass
print(shout)
