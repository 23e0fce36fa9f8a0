# Compile-time errors of match statements: SyntaxError with CPython's
# message and position.
sources = [
    # Irrefutable patterns that make later cases unreachable.
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case (z): pass\n case 1: pass",
    "match x:\n case _ as y: pass\n case 2: pass",
    "match x:\n case a | b: pass",
    "match x:\n case 1 | _: pass\n case 2: pass",
    "match x:\n case [1, 2] | rest: pass\n case 2: pass",
    "match x:\n case [q | 1]: pass",
    "match x:\n case y:\n  pass\n case z:\n  pass",
    # Names.
    "match x:\n case [a, a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case [a, *a]: pass",
    "match x:\n case a as a: pass",
    "match x:\n case C(a, b=a): pass",
    "match x:\n case [a, (b as a)]: pass",
    "match x:\n case [a] | (a, b): pass",
    "match x:\n case [a, b] | [b, c]: pass",
    "match x:\n case (1 | 2) | x: pass",
    "match x:\n case __debug__: pass",
    "match x:\n case [*__debug__]: pass",
    "match x:\n case {**__debug__}: pass",
    "match x:\n case 1 as __debug__: pass",
    "match x:\n case C(__debug__=1): pass",
    "match x:\n case 1 as _: pass",
    # Sequence, mapping and class pattern shapes.
    "match x:\n case [*a, *b]: pass",
    "match x:\n case (a, *_, b, *c): pass",
    "match x:\n case {1: a, 1.0: b}: pass",
    "match x:\n case {True: a, 1: b}: pass",
    "match x:\n case {-0.0: a, 0: b}: pass",
    "match x:\n case {'a': a, 'b': 2, 'a': b}: pass",
    "match x:\n case {b'a': a, b'a': b}: pass",
    "match x:\n case {None: a, None: b}: pass",
    "match x:\n case {1+2j: a, 1+2j: b}: pass",
    "match x:\n case C(a=1, a=2): pass",
    "match x:\n case C(x=y, y=x, x=z): pass",
    "match x:\n case C(a=1, 2): pass",
    # Literals.
    "match x:\n case f'a': pass",
    "match x:\n case 'a' f'{x}': pass",
    "match x:\n case 1+2: pass",
    "match x:\n case 1j+2: pass",
    "match x:\n case +1: pass",
]
for src in sources:
    try:
        compile(src, "<match>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} ({e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset})")

# These compile.
ok = [
    "match x:\n case y if y: pass\n case 1: pass",
    "match x:\n case {a.b: a, a.b: b}: pass",
    "match x:\n case [a, *_, b] | [a, b]: pass",
    "match x:\n case {'a': a} | {'b': a}: pass",
    "match x:\n case [a, b] | [b, a]: pass",
    "match x:\n case -0: pass\n case 'a' 'b': pass\n case -1-2j: pass",
    "match x:\n case 1: pass\n case 1: pass",
    "match x:\n case {1: _, **rest, }: pass",
]
for src in ok:
    compile(src, "<match>", "exec")
print("all compiled")
