# A class body runs as a frame: call, its lines, return.
from _tracelib import run


def main():
    class Point:
        """doc"""
        dims = 2

        def norm(self):
            return 0

        if dims > 1:
            plane = True

    class Empty:
        pass

    return Point.dims, Point.plane, Empty.__name__


run(main)
