# R16, R22: locals() takes no arguments; vars() argument rules.
for call in (lambda: locals(1), lambda: vars(1), lambda: vars(1, 2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class S:
    __slots__ = ('a',)
try:
    vars(S())
except TypeError as e:
    print("TypeError:", e)
def f():
    q = 1
    return vars() == locals(), vars() is vars()
print(f())
