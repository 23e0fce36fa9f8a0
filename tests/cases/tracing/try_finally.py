# try/finally on the normal path and on the exception path.
from _tracelib import run


def normal():
    try:
        x = 1
    finally:
        x = 2
    return x


def failing():
    try:
        raise ValueError("v")
    finally:
        y = 3


def main():
    a = normal()
    try:
        failing()
    except ValueError:
        a += 10
    return a


run(main)
