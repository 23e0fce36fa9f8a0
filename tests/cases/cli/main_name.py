import sys
print(__name__, __name__ == '__main__')
if __name__ == '__main__':
    print('script body runs as __main__')
main = sys.modules['__main__']
print(main.__name__, hasattr(main, 'main'))
print(__file__.endswith('main_name.py'), __doc__)
