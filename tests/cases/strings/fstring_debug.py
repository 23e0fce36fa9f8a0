x = 10
y = "text"
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{y=}")
print(f"{y=!s}")
print(f"{x*2=}")
print(f"{items[0]=} {len(items)=}")
print(f"{x=:5d}|")
print(f"{3.14159=:.2f}")
print(f"{x + 1 = }")
