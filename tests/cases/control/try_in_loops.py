results = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        results.append(10 // (i - 2))
    except ZeroDivisionError:
        results.append('div0')
    finally:
        results.append(f'f{i}')
print(results)
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print('cleanup', n)
print('after', n)
