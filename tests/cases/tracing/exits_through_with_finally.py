# break, continue and return leaving with blocks and finally bodies: the
# statement's line first, then the exits, then the jump or the return.
from _tracelib import run


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


def loop():
    out = []
    for i in range(4):
        with CM():
            if i == 0:
                continue
            try:
                if i == 2:
                    break
            finally:
                out.append(i)
    return out


def const_return():
    with CM():
        try:
            return 7
        finally:
            done = 1


def main():
    return loop(), const_return()


run(main)
