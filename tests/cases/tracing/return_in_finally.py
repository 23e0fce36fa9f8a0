# return inside finally overrides the try's return or its exception.
from _tracelib import run


def overrides_value():
    try:
        return 1
    finally:
        return 2


def swallows_exception():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"


def finally_after_return():
    try:
        return "try"
    finally:
        x = 1


def main():
    return overrides_value(), swallows_exception(), finally_after_return()


run(main)
