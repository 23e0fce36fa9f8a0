def compute():
    return valeu * 2
valu = 21
print(compute())
