class Dog:
    tricks = []
    kind = 'canine'
    def __init__(self, name):
        self.name = name
        self.own_tricks = []
    def add_trick(self, t):
        self.tricks.append(t)
        self.own_tricks.append(t)
a, b = Dog('Fido'), Dog('Buddy')
a.add_trick('roll')
b.add_trick('sit')
print(a.tricks, b.tricks, a.own_tricks, b.own_tricks, a.tricks is Dog.tricks)
a.kind = 'wolf'
print(a.kind, b.kind, Dog.kind)
print(sorted(k for k in Dog.__dict__ if not k.startswith('__')))
print(sorted(vars(a)))
