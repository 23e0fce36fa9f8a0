"""Compares the scope facts of every code object (see regenerate_tables.py)
compiled by CPython and by Locus for every file under the given directories
(e.g. CPython's Lib/). Known, harmless differences: CPython lists comprehension
variables of class bodies and cells used as fast locals in co_varnames, and
drops code objects from `if 0:` blocks."""
import sys, subprocess, types, os
def walk(co, out):
    cells = sorted(co.co_cellvars)
    out.append(f"{co.co_qualname}|{co.co_posonlyargcount}/{co.co_argcount}/{co.co_kwonlyargcount}|{co.co_flags & 0x3f:#x}|{','.join(co.co_varnames)}|{','.join(cells)}|{','.join(co.co_freevars)}")
    for c in co.co_consts:
        if isinstance(c, types.CodeType): walk(c, out)
files = []
for d in sys.argv[1:]:
    for root, _, fs in os.walk(d):
        files += [os.path.join(root, f) for f in fs if f.endswith('.py')]
files.sort()
ndiff = nfiles = 0
for f in files:
    try:
        src = open(f, encoding='utf-8').read()
        co = compile(src, f, 'exec')
    except Exception:
        continue
    mine = subprocess.run([os.path.join(os.environ.get('CARGO_TARGET_DIR', os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', '..', 'target')), 'debug', 'examples', 'scopes'), f, '--whole'], capture_output=True, text=True).stdout.strip().splitlines()
    if mine and mine[0].startswith('ERROR'):
        continue
    nfiles += 1
    out = []; walk(co, out)
    diffs = [(a, b) for a, b in zip(out, mine) if a != b]
    if len(out) != len(mine):
        diffs.append(("count %d" % len(out), "count %d" % len(mine)))
    if diffs:
        ndiff += 1
        print(f)
        for a, b in diffs[:3]:
            print("   cpython:", a); print("   locus:  ", b)
print(nfiles, "files compared,", ndiff, "differ")
