pass
...
"string statement"
42
x
del x
global g
try:
    pass
except:
    pass
def empty():
    pass
class Empty:
    pass
