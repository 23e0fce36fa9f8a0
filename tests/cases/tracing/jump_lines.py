# Assigning frame.f_lineno from a line event (R104-R107): jumps forward,
# backward, out of loops and blocks; errors for jumps into them; unbound
# locals bound to None (the RuntimeWarning is silenced here).
import sys, warnings
from _jumplib import jump_test
warnings.simplefilter('ignore')

def into_for(out):
    out.append(1)
    for i in range(2):
        out.append(3)
    out.append(4)

def out_of_for(out):
    for i in range(3):
        out.append(2)
        out.append(3)
    out.append(4)

def into_except(out):
    out.append(1)
    try:
        out.append(3)
    except ValueError:
        out.append(5)
    out.append(6)

def out_of_except(out):
    try:
        raise ValueError
    except ValueError:
        out.append(4)
        out.append(5)
    out.append(6)
    return sys.exc_info()[0]

def into_finally(out):
    out.append(1)
    try:
        out.append(3)
    finally:
        out.append(5)
    out.append(6)

def out_of_finally(out):
    try:
        out.append(2)
    finally:
        out.append(4)
        out.append(5)
    out.append(6)

def into_with(out):
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): out.append('exit')
    out.append(4)
    with C():
        out.append(6)
    out.append(7)

def out_of_with(out):
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): out.append('exit')
    with C():
        out.append(5)
        out.append(6)
    out.append(7)

def backwards(out):
    out.append(1)
    out.append(2)
    out.append(3)

def unbound(out):
    out.append(1)
    a = 2
    b = 3
    return a, b

def cell_unbound(out):
    out.append(1)
    c = 2
    f = lambda: c
    try:
        return c
    except NameError as e:
        return str(e)

def into_while(out):
    out.append(1)
    i = 0
    while i < 2:
        i += 1
        out.append(5)
    out.append(6)

def blank_line(out):
    out.append(1)

    out.append(3)
    # comment
    out.append(5)

def to_def_line(out):
    out.append(1)
    out.append(2)

def past_end(out):
    out.append(1)
    out.append(2)

def into_nested_for(out):
    for i in range(2):
        out.append(2)
    for j in range(2):
        out.append(4)

jump_test(into_for, 1, 3, 'into_for')
jump_test(out_of_for, 2, 4, 'out_of_for')
jump_test(into_except, 1, 5, 'into_except')
jump_test(out_of_except, 4, 6, 'out_of_except')
jump_test(into_finally, 1, 5, 'into_finally')
jump_test(out_of_finally, 4, 6, 'out_of_finally')
jump_test(into_with, 4, 6, 'into_with')
jump_test(out_of_with, 5, 7, 'out_of_with')
jump_test(backwards, 3, 1, 'backwards')
jump_test(unbound, 1, 4, 'unbound')
jump_test(cell_unbound, 1, 4, 'cell_unbound')
jump_test(into_while, 1, 4, 'into_while')
jump_test(into_while, 5, 3, 'while_back')
jump_test(blank_line, 1, 2, 'blank_line')
jump_test(blank_line, 1, 4, 'comment_line')
jump_test(to_def_line, 2, 0, 'to_def_line')
jump_test(past_end, 1, 3, 'past_end')
jump_test(into_nested_for, 2, 4, 'for_to_for')
jump_test(out_of_for, 2, 1, 'for_to_own_head')
