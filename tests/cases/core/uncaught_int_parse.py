print("start")
n = int("12x")
print(n)
