# del of locals, items and attributes; del of an unbound name raises.
from _tracelib import run


class O:
    pass


def main():
    a = 1
    d = {"k": 1}
    o = O()
    o.attr = 2
    del a, d["k"]
    del o.attr
    try:
        del a
    except NameError as e:
        return type(e).__name__, d


run(main)
