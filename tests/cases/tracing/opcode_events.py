# 'opcode' events (R98): only while frame.f_trace_opcodes is true and a
# local trace function exists; arg is None.
import sys

def work(n):
    total = 0
    for i in range(n):
        total += i
    return total

def run(setup):
    log = []
    def tracer(frame, event, arg):
        if frame.f_code is not work.__code__:
            return tracer
        if event == 'call':
            setup(frame)
        if event == 'opcode':
            log.append((frame.f_lineno, arg))
        else:
            log.append(event)
        return tracer
    sys.settrace(tracer)
    # CPython 3.13 starts opcode events at the next call of the code whose
    # frame set the flag (Locus at once; docs/divergences.md): record the
    # second call only.
    work(2)
    log.clear()
    r = work(2)
    sys.settrace(None)
    return r, log

def on(frame):
    frame.f_trace_opcodes = True

def off(frame):
    pass

def lines_off(frame):
    frame.f_trace_opcodes = True
    frame.f_trace_lines = False

r, log = run(off)
print(r, [e for e in log if isinstance(e, str)])
print('opcode events without the flag:', sum(1 for e in log if not isinstance(e, str)))

r, log = run(on)
ops = [e for e in log if not isinstance(e, str)]
print(r, 'opcode events:', len(ops) > 10, 'all arg None:', all(a is None for _, a in ops))
print('lines seen in opcode events:', sorted({l for l, _ in ops if l is not None}))
# Each line event comes before the opcode event of the same instruction.
firsts = [i for i, e in enumerate(log) if e == 'line']
print('line then opcode:', all(not isinstance(log[i + 1], str) for i in firsts))


r, log = run(lines_off)
print(r, 'line events:', log.count('line'), 'opcode events:', sum(1 for e in log if not isinstance(e, str)) > 10, [e for e in log if e in ('call', 'return')])

# The flags accept only bools.
f = sys._getframe()
for value in (1, 0, None, 'yes'):
    try:
        f.f_trace_opcodes = value
    except TypeError as e:
        print(repr(value), e)
print(f.f_trace_opcodes, f.f_trace_lines)
