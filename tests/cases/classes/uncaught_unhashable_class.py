class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return self.name == other.name
cache = {}
cache[Key("a")] = 1
print(cache)
