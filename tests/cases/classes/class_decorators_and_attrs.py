def add_greeting(cls):
    cls.greet = lambda self: f'hello from {type(self).__name__}'
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
registry = {}
def register(name):
    def deco(cls):
        registry[name] = cls
        return cls
    return deco
@register('a')
class Alpha:
    pass
@register('b')
class Beta(Alpha):
    pass
print(sorted((k, v.__name__) for k, v in registry.items()))
class Meta:
    x = 1
    def method(self):
        return self.x
print(Meta.__dict__['x'], 'method' in Meta.__dict__, Meta.__module__, '__dict__' in dir(Meta))
