# pickle: what cannot be pickled and malformed data.
import pickle
import sys


def outer():
    def inner():
        pass

    class Local:
        pass

    return inner, Local


inner, Local = outer()


def gen():
    yield 1


for obj in [inner, Local, Local(), sys._getframe(), gen(), sys, {}.keys()]:
    try:
        pickle.dumps(obj)
        print("pickled", type(obj).__name__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).split(" at 0x")[0])
for data in [b"", b"\x80\x05"]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    pickle.dumps(1, protocol=9)
except ValueError as e:
    print(type(e).__name__, e)
print([c.__name__ for c in pickle.PicklingError.__mro__])
print([c.__name__ for c in pickle.UnpicklingError.__mro__])


class R1:
    def __reduce__(self):
        return 5


class R2:
    def __reduce__(self):
        return (R2,)


class R3:
    def __reduce__(self):
        return (R3, 1)


for cls in (R1, R2, R3):
    try:
        pickle.dumps(cls())
    except pickle.PicklingError as e:
        print(type(e).__name__, e)
