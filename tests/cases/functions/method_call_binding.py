class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return f'{self.name} greets {other}'
g = Greeter('Ann')
bound = g.greet
print(bound('Bob'), Greeter.greet(g, 'Cy'), bound.__self__ is g, bound.__func__ is Greeter.greet)
print(type(bound).__name__, type(Greeter.greet).__name__)
fns = [g.greet, Greeter('Zed').greet]
print([f('x') for f in fns])
print(g.greet == g.greet, g.greet is g.greet)
try:
    Greeter.greet('only one')
except TypeError as e:
    print(type(e).__name__, e)
m = 'hello'.upper
print(m(), [].append.__name__, str.upper('abc'))
