class Widget:
    __count = 0
    def __init__(self, __secret):
        self.__secret = __secret
        Widget.__count += 1
    def __dunder__(self):
        return self.__secret
    def peek(self, other):
        return other.__secret, __import__
class _Under:
    def f(self):
        return self.__x
class __:
    def f(self):
        return self.__x
