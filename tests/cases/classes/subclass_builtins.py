class MyList(list):
    def sum(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.sum(), type(ml).__name__, len(ml), type(ml + [5]).__name__, ml[1:])
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
ud = UpperDict()
ud['a'] = 1
print(ud, ud['A'])
class Celsius(float):
    def __repr__(self):
        return f'{float(self)}°C'
c = Celsius(21.5)
print(repr(c), c + 1, type(c + 1).__name__)
class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, n.shout(), n == 'bob', isinstance(n, str), len(n))
class Count(int):
    pass
print(Count(5) + 1, type(Count(5) + 1).__name__, Count('7'))
class MyErr(KeyError):
    pass
try:
    raise MyErr('k')
except KeyError as e:
    print(repr(e), str(e))
