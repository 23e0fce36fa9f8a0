class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
class Puppy(Dog):
    def speak(self):
        return Animal.speak(self) + '!'
    def kind(self):
        return 'young ' + super().kind()
for a in [Animal('x'), Dog('Rex'), Puppy('Bit')]:
    print(a.speak(), a.kind(), type(a).__name__, isinstance(a, Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), Puppy.__bases__[0].__name__, Animal.__bases__)
print(Dog.__base__.__name__, object.__bases__, [c.__name__ for c in Puppy.__mro__])
print(Puppy.__subclasses__(), [c.__name__ for c in Animal.__subclasses__()])
