counter = 0

def bump():
    global counter
    counter += 1
    return counter

def outer():
    total = 0
    def middle():
        def inner():
            nonlocal total
            total += 1
            return total
        return inner
    return middle

def reads_global():
    return counter + undefined_name

global module_level
module_level = 1
