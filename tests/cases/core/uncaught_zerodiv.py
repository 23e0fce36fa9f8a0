def divide(a, b):
    return a // b
print(divide(10, 3))
print(divide(1, 0))
print("not reached")
