class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('  E.__eq__')
        if not isinstance(o, E):
            return NotImplemented
        return self.v == o.v
print(E(1) == E(1), E(1) != E(2), E(1) == 1, 1 == E(1), E(1) != 'x')
print(E(1) in [E(0), E(1)])
class Always:
    def __eq__(self, o):
        return True
print(Always() == 5, 5 == Always(), [Always()] == [1], None == Always())
