assert True
assert 1 == 1, 'never shown'
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, 'custom message'
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    x = [1, 2]
    assert len(x) == 3, f'expected 3 items, got {len(x)}'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ('tuple', 'msg')
except AssertionError as e:
    print(type(e).__name__, e, e.args)
calls = []
def msg():
    calls.append(1)
    return 'm'
assert True, msg()
print(calls)
