def ret_in_finally():
    try:
        return 'try'
    finally:
        print('finally runs before return completes')
print(ret_in_finally())
def override():
    try:
        return 'try'
    finally:
        return 'finally'
print(override())
def swallow():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(swallow())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f'f{i}')
    return out
print(loop())
def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return 'broke out, exception discarded'
print(break_in_finally())
def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())
