i = 0
while i < 5:
    i += 1
else:
    print('loop finished normally', i)
i = 0
while i < 5:
    if i == 3:
        print('breaking at', i)
        break
    i += 1
else:
    print('not printed')
n = 0
while False:
    n += 1
else:
    print('else runs when condition false at start', n)
count = 10
while count:
    count -= 3
    if count < 0:
        break
print('count', count)
