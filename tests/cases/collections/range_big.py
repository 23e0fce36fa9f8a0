big = 10 ** 20
r = range(0, big)
print(r, r[-1], r[big - 1], r[5], r[-big], repr(range(big, -big, -7)), range(-big, big, 3)[1:4])
for f in [lambda: len(r), lambda: r[big], lambda: r[-big - 1], lambda: len(range(-2**63, 2**63 - 1)), lambda: range(1, 2, big * 0),
          lambda: r['a'], lambda: r[1.5:], lambda: r[::0], lambda: range(big)[big:], lambda: range(big).index(big), lambda: range(big).index(-1), lambda: list(range(big)), lambda: tuple(range(-2**63, 2**63 - 1))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(big - 1 in r, big in r, -1 in r, 5 in r, True in r, r.index(big - 2), r.count(7), r.count(big), r.start, r.stop, r.step, type(r.stop).__name__)
print(list(range(big, big + 3)), list(range(big + 3, big, -1)), list(reversed(range(big, big + 3))), list(reversed(range(-big, -big + 6, 2))))
print(r[::-1], r[::big], r[big // 2:big // 2 + 4], list(r[big // 2:big // 2 + 4]), r[-3:], list(r[-3:]), r[::-1][:3], r[10:0:-3])
print(bool(range(big, big)), bool(r), range(big, big) == range(0), range(big, big + 1) == range(big, big + 1, 5), r == range(big), r != range(big + 1))
print(hash(range(big)) == hash(range(0, big, 1)), hash(range(big, big + 1)) == hash(range(big, big + 1, 9)), hash(range(5)), hash(range(1, 2)), hash(range(0)), hash(range(big)))
print(type(iter(r)).__name__, type(iter(range(3))).__name__, type(iter(range(-2**63, 2**63 - 1))).__name__, type(reversed(r)).__name__)
print(range(2**63 - 3, 2**63 + 2)[1:], list(range(2**63 - 3, 2**63 + 2)), list(reversed(range(-2**63, -2**63 + 3))), list(range(2**63 - 2, 2**63-1)))
x = range(-2**63, 2**63 - 1)
print(x[-1], x[2**63], x[::2**62], list(x[::2**62]), 2**63 - 2 in x, x.index(0), (2**63 - 1) in x, x == range(-2**63, 2**63 - 1, 1))
print(sum(range(big, big + 5)), max(range(big, big + 5)), sorted(range(big + 2, big - 2, -1)), range(big)[big - 3:][1], range(10**30, 0, -10**29)[3])
print(2.0 in range(5), 2.5 in range(5), range(5).index(2.0), range(5).count(2.0), 3.0 in range(big, big+5))
class I:
    def __index__(self):
        return 10 ** 19
print(range(I()), range(I())[I()] if False else range(I())[-1], range(0, 10)[I():], range(I(), 10 ** 19 + 4)[-1])
print(list(range(5, 0, -2)), list(range(10, 20, 3)), range(3, 8)[-2], range(0, 10, 3)[::-1], list(range(0, 10, 3)[::-1]), list(reversed(range(0, 10, 3))))
