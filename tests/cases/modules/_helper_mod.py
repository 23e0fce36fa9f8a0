"""Helper module for the modules cases."""
print('  [_helper_mod body running, __name__ =', __name__ + ']')
CONSTANT = 42
_private = 'underscore'
def greet(name):
    return f'hello, {name}'
class Thing:
    def __repr__(self):
        return 'Thing()'
counter = 0
def bump():
    global counter
    counter += 1
    return counter
