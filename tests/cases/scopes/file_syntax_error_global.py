print("never printed: the file fails to compile")
def f():
    x = 1
    global x
    return x
print(f())
