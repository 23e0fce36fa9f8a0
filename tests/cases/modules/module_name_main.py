import _main_check
print(__name__, _main_check.who(), _main_check.IS_MAIN, _main_check.__name__)
def local_who():
    return __name__
print(local_who())
if __name__ == '__main__':
    print('running as main')
import sys
print(sys.modules['__main__'].__name__, 'local_who' in dir(sys.modules['__main__']))
