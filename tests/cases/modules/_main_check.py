def who():
    return __name__
IS_MAIN = __name__ == '__main__'
if __name__ == '__main__':
    print('never printed when imported')
