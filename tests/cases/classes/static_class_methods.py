class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1
    @classmethod
    def margherita(cls):
        return cls(['mozzarella', 'tomato'])
    @staticmethod
    def area(r):
        return round(3.14159 * r * r, 2)
    @classmethod
    def made(cls):
        return cls.count
class Special(Pizza):
    pass
m = Pizza.margherita()
s = Special.margherita()
print(m.toppings, type(m).__name__, type(s).__name__, Pizza.area(10), m.area(1), Pizza.made(), s.made())
print(type(Pizza.__dict__['area']).__name__, type(Pizza.__dict__['margherita']).__name__)
print(Pizza.area.__name__, type(Pizza.margherita).__name__, Pizza.margherita.__self__ is Pizza)
sm = staticmethod(len)
print(sm('abc') if callable(sm) else 'not callable')
