# Jumps out of nested loops, except and finally bodies, comprehensions,
# with and match blocks; jumps at a yield and at a resumption (R104);
# which events refuse a jump. (Jumping from an inner loop to the line of
# an outer `for` differs: docs/divergences.md.)
import sys, warnings
from _jumplib import jump_test
warnings.simplefilter('ignore')

def gen_jump_at_yield():
    def gen():
        yield 'a'
        yield 'b'
        yield 'c'
    code = gen.__code__
    first = code.co_firstlineno
    done = []
    def tracer(frame, event, arg):
        if frame.f_code is code and event == 'return' and arg == 'a' and not done:
            done.append(1)
            try:
                frame.f_lineno = first + 3
                done.append('ok')
            except ValueError as e:
                done.append(str(e))
        return tracer
    sys.settrace(tracer)
    r = list(gen())
    sys.settrace(None)
    print('yield-return', done, r)

def gen_jump_at_resume():
    def gen():
        x = yield 'a'
        yield ('b', x)
        yield 'c'
    code = gen.__code__
    first = code.co_firstlineno
    done = []
    calls = []
    def tracer(frame, event, arg):
        if frame.f_code is code and event == 'call':
            calls.append(1)
        if frame.f_code is code and event == 'call' and len(calls) == 2 and not done:
            done.append(1)
            try:
                frame.f_lineno = first + 3
                done.append('ok')
            except ValueError as e:
                done.append(str(e))
        return tracer
    sys.settrace(tracer)
    g = gen()
    r = [next(g), g.send(5)]
    r.extend(g)
    sys.settrace(None)
    print('resume-call', done, r)

def events_after_jump():
    def f():
        a = 1
        b = 2
        c = 3
        return a, b, c
    code = f.__code__
    first = code.co_firstlineno
    seen = []
    def tracer(frame, event, arg):
        if frame.f_code is code:
            seen.append((event, frame.f_lineno - first))
            if event == 'line' and frame.f_lineno == first + 1:
                frame.f_lineno = first + 3
        return tracer
    sys.settrace(tracer)
    r = f()
    sys.settrace(None)
    print('events', seen, r)

def nested_for(out):
    for i in range(2):
        for j in range(2):
            out.append((i, j))
            out.append(4)
    out.append(5)

def into_except_line(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)
    out.append(5)

def within_except(out):
    try:
        raise ValueError
    except ValueError:
        out.append(4)
        out.append(5)
        out.append(6)
    out.append(7)

def except_to_except(out):
    try:
        raise KeyError
    except KeyError:
        out.append(4)
    try:
        out.append(6)
    except ValueError:
        out.append(8)
    out.append(9)

def finally_exc(out):
    try:
        try:
            raise ValueError
        finally:
            out.append(5)
            out.append(6)
        out.append(7)
    except ValueError:
        out.append(9)
    return sys.exc_info()[0]

def into_comprehension(out):
    out.append(1)
    x = [out.append(i) for i in
         range(2)]
    out.append(4)

def while_true(out):
    i = 0
    while True:
        i += 1
        out.append(i)
        if i > 2:
            break
    out.append(7)

def with_exit_out(out):
    class C:
        def __enter__(self): return self
        def __exit__(self, *a): out.append('exit'); return True
    with C():
        raise ValueError
    out.append(7)

def match_case(out):
    x = 2
    match x:
        case 1:
            out.append(4)
        case 2:
            out.append(6)
    out.append(7)

def opcode_event(out):
    out.append(1)
    out.append(2)

def exc_event(out):
    try:
        1/0
    except ZeroDivisionError:
        out.append(4)
    out.append(5)

gen_jump_at_yield()
gen_jump_at_resume()
events_after_jump()
jump_test(nested_for, 3, 5, 'nested_for_out')
jump_test(into_except_line, 1, 3, 'into_except_line')
jump_test(within_except, 4, 6, 'within_except')
jump_test(within_except, 6, 4, 'within_except_back')
jump_test(except_to_except, 4, 6, 'except_to_try')
jump_test(finally_exc, 5, 7, 'finally_exc_out')
jump_test(into_comprehension, 1, 3, 'into_comprehension')
jump_test(into_comprehension, 2, 4, 'out_of_comprehension')
jump_test(while_true, 3, 7, 'while_true_out')
jump_test(with_exit_out, 5, 7, 'with_raise_line')
jump_test(match_case, 2, 6, 'into_case')
jump_test(match_case, 1, 4, 'into_case_body')
jump_test(exc_event, 2, 5, 'exception_event', event='exception')
jump_test(exc_event, 2, 5, 'return_event_skip', event='return')
