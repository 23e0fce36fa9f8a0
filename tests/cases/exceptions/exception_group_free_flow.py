def process(items):
    results = []
    errors = []
    for item in items:
        try:
            results.append(100 // int(item))
        except ValueError as e:
            errors.append(f'bad value {item!r}: {e}')
        except ZeroDivisionError:
            errors.append(f'zero for {item!r}')
        else:
            errors.append(None)
    return results, errors
r, errs = process(['5', 'x', '0', '20', ''])
print(r)
for e in errs:
    print(e)
