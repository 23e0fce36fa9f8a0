squares = [x * x for x in range(10000)]
print(len(squares), squares[-1], sum(squares))
d = {i: str(i) for i in range(5000)}
print(len(d), d[4999])
s = {i % 97 for i in range(10000)}
print(len(s))
text = ' '.join(str(i) for i in range(1000))
print(len(text), text[-10:])
