s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step, slice(3), slice(None, None, -1))
print(list(range(10))[s], 'abcdefgh'[s], (0, 1, 2, 3, 4, 5)[slice(None, 3)])
print(s.indices(4), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, 1], sh[::])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
