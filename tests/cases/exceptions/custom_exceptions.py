class MyError(Exception):
    pass
class DetailedError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return f'[{self.code}] {self.detail}'
class Quiet(Exception):
    def __init__(self):
        pass
for exc in [MyError(), MyError('msg'), MyError('a', 2), DetailedError(404, 'not found'), Quiet()]:
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
try:
    raise DetailedError(500, 'server')
except Exception as e:
    print(e.code, e.detail, e)
class Sub(MyError):
    pass
try:
    raise Sub('child')
except MyError as e:
    print('caught', type(e).__name__, 'as MyError', isinstance(e, Exception))
print(MyError.__mro__[1:] == (Exception, BaseException, object))
