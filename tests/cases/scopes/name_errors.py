try:
    undefined_name
except NameError as e:
    print(type(e).__name__, e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
def outer():
    def inner():
        return free_var
    free_var = 1
    del free_var
    return inner()
try:
    outer()
except NameError as e:
    print(type(e).__name__, e)
try:
    print(lenn('x'))
except NameError as e:
    print(type(e).__name__, e)
