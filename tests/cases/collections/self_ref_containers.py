a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][0])
d = {'k': 1}
d['self'] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
s = [[]]
s[0].append(s)
print(s)
x = {}
y = {'x': x}
x['y'] = y
print(x, y)
print(a == a)
