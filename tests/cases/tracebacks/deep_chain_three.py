def a():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('from a') from e
def b():
    try:
        a()
    except ValueError:
        raise TypeError('from b')
b()
