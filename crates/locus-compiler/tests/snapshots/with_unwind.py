def f(locks):
    for lock in locks:
        with lock:
            if lock.skip:
                continue
            if lock.stop:
                break
            return lock.value

def g(path):
    with open(path) as fh, other() as (a, b):
        return fh.read()

with ctx:
    pass
