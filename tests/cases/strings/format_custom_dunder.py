class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return 'Money'
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", "{:short}".format(m), format(m, '>10.1f'), str(m))
class Plain:
    pass
print(format(Plain(), '') .startswith('<__main__.Plain object at 0x'))
try:
    format(Plain(), 'x')
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 1
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
