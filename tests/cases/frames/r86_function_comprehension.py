# R86, R87: function-scope comprehension variables through the proxy.
import sys
def f():
    y = 'outer'
    def probe():
        sys._getframe(1).f_locals['y'] = 'written'
        return True
    r = [(sys._getframe().f_locals.__setitem__('y', 'written'), y)[1] for y in ['c1', 'c2']]
    return r, y
print(f())
def g():
    return 'a' in [sys._getframe().f_locals for a in [0]][0], [sys._getframe().f_locals['a'] for a in [0]][0]
print(g())
print('a' in [sys._getframe().f_locals for a in [0]][0], [sys._getframe().f_locals['a'] for a in [0]][0])
