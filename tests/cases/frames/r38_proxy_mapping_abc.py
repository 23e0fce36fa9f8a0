# R38 (part): the proxy is a mapping for **-unpacking and dict(); not a dict.
import sys
def f():
    a = 1
    b = 2
    p = sys._getframe().f_locals
    def kw(**k):
        return k
    print(isinstance(p, dict), dict(p) == {'a': 1, 'b': 2, 'p': p, 'kw': kw}, {**p}.keys() == dict(p).keys())
    print(sorted(kw(**{k: v for k, v in p.items() if k in 'ab'}).items()))
f()
