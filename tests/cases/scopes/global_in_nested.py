counter = 0
def outer():
    def inner():
        global counter
        counter += 1
    inner()
    inner()
    return counter
print(outer(), counter)
def make():
    global made
    made = 'yes'
make()
print(made)
def reader():
    return counter * 10
print(reader())
def shadow_then_global():
    counter = 'local'
    def g():
        global counter
        return counter
    return g(), counter
print(shadow_then_global())
