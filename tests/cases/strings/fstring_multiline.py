a, b = 3, 4
msg = (f"a={a}, "
       f"b={b}, "
       f"sum={a + b}")
print(msg)
text = f"""Report:
  a   = {a:>4}
  b   = {b:<4}|
  a*b = {
    a * b
  }
"""
print(text, end='')
print(f"{'\n'.join(['x', 'y'])}")
print(f"{f"{a}" + f'{b}'}")
values = {'k': 'v'}
print(f"{values['k']} {values["k"]}")
print(f'{a!r:>3}{b:^3}{"|"}')
