class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 'p'
    def balance(self):
        return self.__balance
    def __secret(self):
        return 'secret'
    def call_secret(self):
        return self.__secret()
a = Account()
print(a.balance(), a._protected, a.call_secret(), a._Account__balance)
try:
    a.__balance
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__()
        self.__balance = 'sub'
s = Sub()
print(s.balance(), s._Sub__balance, sorted(vars(s)))
