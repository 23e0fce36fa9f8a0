data = [(i % 4, i) for i in range(20)]
s1 = sorted(data, key=lambda t: t[0])
print(s1)
s2 = sorted(data, key=lambda t: -t[0], reverse=True)
print(s2 == s1)
s3 = sorted(data, key=lambda t: t[0], reverse=True)
print(s3)
people = [('alice', 30), ('bob', 25), ('carol', 30), ('dave', 25), ('eve', 35)]
by_name = sorted(people)
by_age = sorted(by_name, key=lambda p: p[1])
print(by_age)
nums = [3.0, 3, 1, 1.0, 2]
print(sorted(nums), [type(n).__name__ for n in sorted(nums)])
