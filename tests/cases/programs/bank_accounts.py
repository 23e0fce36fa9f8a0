class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner} cannot withdraw {amount}: balance is {account.balance}')
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))
    def __repr__(self):
        return f'Account(#{self.id}, {self.owner!r}, {self.balance})'
class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
a = bank.open(Account, 'alice', 100)
b = bank.open(SavingsAccount, 'bob', 1000, rate=0.05)
c = bank.open(Account, 'carol')
bank.transfer(a.id, c.id, 30)
bank.transfer(b.id, a.id, 250)
print(b.add_interest())
for src, dst, amt in [(c.id, a.id, 100), (a.id, b.id, 0), (a.id, 99, 10)]:
    try:
        bank.transfer(src, dst, amt)
    except (InsufficientFunds, ValueError, KeyError) as e:
        print(type(e).__name__, e)
for acct in sorted(bank.accounts.values(), key=lambda x: -x.balance):
    print(acct, acct.history)
print('total', bank.total())
