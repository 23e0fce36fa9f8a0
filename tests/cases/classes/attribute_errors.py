class C:
    cls_attr = 1
    def __init__(self):
        self.x = 1
c = C()
for name in ['y', 'cls_attr2', '__missing__']:
    try:
        getattr(c, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    C.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    (5).real = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    'abc'.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].nonexistent()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.bogus
except AttributeError as e:
    print(type(e).__name__, e)
