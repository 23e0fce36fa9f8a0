def none_implicit():
    pass
def none_explicit():
    return
def multi():
    return 1, 'two', [3]
def early(x):
    if x < 0:
        return 'negative'
    for i in range(10):
        if i == x:
            return f'found {i}'
    return 'too big'
print(none_implicit(), none_explicit(), multi(), type(multi()).__name__)
a, b, c = multi()
print(a, b, c)
print(early(-1), early(3), early(50))
def returns_func():
    def inner():
        return 'inner result'
    return inner
print(returns_func()())
