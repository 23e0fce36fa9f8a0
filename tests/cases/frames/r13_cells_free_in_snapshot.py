# R13: cell and free variables (and __class__) are in the snapshot; globals are not.
G = 1
def outer():
    a = 1
    b = 2
    def mid():
        def inner():
            return a
        return sorted(locals())
    global G
    return mid(), sorted(locals())
print(outer())
class K:
    def m(self):
        super()
        return list(locals())
print(K().m())
