# R90: a comprehension variable sharing a name with a cell.
def f():
    lambda: k
    k = 1
    return [locals() for k in [0]][0]['k'], k
print(f())
