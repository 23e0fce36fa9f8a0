# R39: a FrameLocalsProxy cannot be copied, deep-copied or pickled
# ("cannot pickle 'FrameLocalsProxy' object") nor JSON-encoded; dict(p)
# and p.copy() can.
import sys
import copy
import json
import pickle


def f():
    x = 1
    y = [2]
    p = sys._getframe().f_locals
    for fn in (copy.copy, copy.deepcopy, pickle.dumps):
        try:
            fn(p)
            print(fn.__name__, "succeeded")
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            pickle.dumps(p, protocol=proto)
        except TypeError as e:
            print(proto, e)
    try:
        json.dumps(p)
    except TypeError as e:
        print("json", type(e).__name__, e)
    try:
        json.dumps({"locals": p})
    except TypeError as e:
        print("json nested", e)
    for name in ("__reduce_ex__", "__reduce__"):
        try:
            getattr(p, name)(*((4,) if name == "__reduce_ex__" else ()))
        except TypeError as e:
            print(name, e)
    snapshot = {k: v for k, v in p.copy().items() if k in ("x", "y")}
    print(json.dumps(snapshot), copy.deepcopy(snapshot), pickle.loads(pickle.dumps(snapshot)))
    print(copy.copy(dict(p))["x"], type(p.copy()).__name__)
    frame = sys._getframe()
    for fn in (copy.copy, pickle.dumps):
        try:
            fn(frame)
        except TypeError as e:
            print("frame", e)


f()
