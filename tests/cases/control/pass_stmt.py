def nothing():
    pass
class Empty:
    pass
for i in range(3):
    pass
print(i, nothing(), Empty.__name__)
if True:
    pass
else:
    pass
while False:
    pass
try:
    pass
except Exception:
    pass
finally:
    print('finally after pass')
def only_doc():
    "docstring only"
print(only_doc(), only_doc.__doc__)
...
print('done')
