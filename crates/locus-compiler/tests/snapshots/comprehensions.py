flat = [x for row in matrix for x in row if x]
sets = {x % 3 for x in range(10)}
inverse = {v: k for k, v in mapping.items()}
nested = [[c for c in row] for row in matrix]
x = "outer x"
shadow = [x for x in range(3)]
fns = [lambda: i for i in range(3)]

def in_function(data):
    y = 0
    found = [y := v for v in data if v > y]
    return found, y

class C:
    attr = 10
    values = [i * 2 for i in range(attr)]
