"""Shared by the jump cases: run `func(out)` under a trace function that,
at the first `event` on line `from_rel` of `func` (relative to its `def`
line), assigns `frame.f_lineno` to line `to_rel`, then print whether the
jump was made (or the ValueError), what `out` collected and the result."""

import sys


def jump_test(func, from_rel, to_rel, label, event='line'):
    first = func.__code__.co_firstlineno
    src, dst = first + from_rel, first + to_rel
    done = []
    def tracer(frame, event_, arg):
        if frame.f_code is not func.__code__:
            return tracer
        if event_ == event and frame.f_lineno == src and not done:
            done.append(1)
            try:
                frame.f_lineno = dst
                done.append('ok')
            except ValueError as e:
                done.append(str(e))
        return tracer
    out = []
    sys.settrace(tracer)
    try:
        r = func(out)
    except Exception as e:
        r = 'raised %s: %s' % (type(e).__name__, e)
    finally:
        sys.settrace(None)
    print(label, done[1:] if len(done) > 1 else 'no event', out, r)
