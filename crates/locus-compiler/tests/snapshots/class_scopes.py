def make(value):
    class Inner:
        seen = value
        def get(self):
            return value
    return Inner

def shadowing(x):
    class K:
        x = x
        y = x
        def m(self):
            return x
    return K

class Plain:
    g = 1
    def method(self):
        return g

class Derived(Plain):
    def method(self):
        return super().method() + 1
    def explicit(self):
        return __class__
