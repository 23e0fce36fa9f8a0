class Config:
    debug = False
    level = 1
    if level > 0:
        verbose = True
    for i in range(3):
        level += i
    names = ['a', 'b']
    upper = [n.upper() for n in names]
    def method(self):
        return self.level
print(Config.debug, Config.level, Config.verbose, Config.i, Config.upper, Config().method())
print(sorted(k for k in Config.__dict__ if not k.startswith('__')))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(a.id, b.id, Counter.count, a.count)
