x = 10
for i in range(5):
    x = x ** 10
    print(i, float(x))
