i = 'before'
[i for i in range(5)]
print(i)
{i for i in range(5)}
{i: i for i in range(5)}
print(i)
for j in range(3):
    pass
print(j)
[k for k in range(2)]
try:
    print(k)
except NameError as e:
    print(type(e).__name__, e)
def f():
    [m for m in range(2)]
    try:
        return m
    except NameError as e:
        return f'{type(e).__name__}: {e}'
print(f())
