# R78: a finished frame keeps its caller as f_back, also when its frame
# object is first made after it finished (from a traceback).
import sys


def inner():
    x = 'inner local'
    raise ValueError('boom')


def middle():
    inner()


def outer():
    try:
        middle()
    except ValueError as e:
        return e


def chain(tb):
    out = []
    while tb is not None:
        f = tb.tb_frame
        back = f.f_back
        # (The module frame's caller depends on how the program was run.)
        caller = back.f_code.co_name if back is not None else None
        if f.f_code.co_name == '<module>':
            caller = '-'
        out.append((f.f_code.co_name, tb.tb_lineno, caller))
        tb = tb.tb_next
    return out


e = outer()
print(chain(e.__traceback__))
inner_frame = e.__traceback__.tb_next.tb_next.tb_frame
print(inner_frame.f_locals, inner_frame.f_back.f_back.f_code.co_name)


def reraiser(saved):
    raise saved


try:
    reraiser(e)
except ValueError as again:
    print(chain(again.__traceback__))


def keep():
    return sys._getframe()


k = keep()
print(k.f_code.co_name, k.f_back.f_code.co_name, k.f_lineno)
