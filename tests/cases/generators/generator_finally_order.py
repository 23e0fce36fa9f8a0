log = []
def g():
    try:
        log.append('start')
        yield 1
        log.append('after first')
        yield 2
    finally:
        log.append('finally')
for v in g():
    log.append(f'got {v}')
    if v == 1:
        break
print(log)
log.clear()
for v in g():
    log.append(f'got {v}')
print(log)
def ctx_gen():
    for i in range(3):
        try:
            yield i
        finally:
            log.append(f'release {i}')
log.clear()
print(list(ctx_gen()), log)
