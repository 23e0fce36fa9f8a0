def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print('done', e.value)
def echo():
    received = yield 'ready'
    while True:
        received = yield f'got {received}'
e = echo()
print(e.send(None), e.send('a'), e.send('b'))
try:
    echo().send('too early')
except TypeError as err:
    print(type(err).__name__, err)
