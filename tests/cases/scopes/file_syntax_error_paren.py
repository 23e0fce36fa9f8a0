print("this line is never executed")
values = [1, 2, 3
print(values)
