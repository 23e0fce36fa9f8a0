# Method calls and super(): the events of each method frame.
from _tracelib import run


class Base:
    def greet(self, who):
        return "hello " + who


class Child(Base):
    def greet(self, who):
        base = super().greet(who)
        return base.upper()


def main():
    c = Child()
    return c.greet("x")


run(main)
