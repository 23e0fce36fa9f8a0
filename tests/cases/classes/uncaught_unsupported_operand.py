class Money:
    def __init__(self, amount):
        self.amount = amount
total = Money(5) + Money(10)
print(total)
