print('  [_pkg.sub running, __name__ =', __name__ + ', __package__ =', __package__ + ']')
def sub_func():
    return 'sub_func result'
SUB_VALUE = 'sub value'
