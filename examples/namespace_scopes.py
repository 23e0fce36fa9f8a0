# The namespace rules of module, class, exec and function scopes (PEP 667,
# and the design thread "Tightening up the specification for locals()").
#
# Before Python 3.13 the module, class and exec rules already held in
# CPython but were unwritten; in functions locals() returned one shared dict
# per frame that each call refreshed, so two calls gave the same object.

import sys

print("module: locals() is globals():", locals() is globals())
print("module: f_locals is globals():", sys._getframe().f_locals is globals())


class Recorder(dict):
    """A class namespace that reports each binding made in the class body."""

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  class body binds", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()

    def __new__(mcls, name, bases, namespace):
        print("  metaclass receives the same namespace:", namespace is Meta.seen)
        return super().__new__(mcls, name, bases, dict(namespace))


print("class body:")


class Config(metaclass=Meta):
    Meta.seen = locals()
    debug = False
    locals()["level"] = 3  # a real binding: the namespace is the class's


print("  Config.level =", Config.level)

print("exec with one namespace: locals is globals")
ns = {}
exec("a = 1\nsame = locals() is globals()", ns)
print("  ", ns["a"], ns["same"])
print("exec with two namespaces: writes go to the locals mapping")
g, loc = {}, {}
exec("b = 2", g, loc)
print("  ", "b" in g, loc)


def function_scope():
    x = 1
    first = locals()
    second = locals()
    first["x"] = 99  # changes the snapshot only
    print("function: a fresh snapshot per call:", first is not second)
    print("function: x is still", x, "and the first snapshot has no 'second':", "second" not in first)
    exec("x = 5")  # runs against a throwaway snapshot
    print("function: exec('x = 5') leaves x =", x)


function_scope()
