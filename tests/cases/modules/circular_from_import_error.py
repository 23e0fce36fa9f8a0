import sys
here = sys.path[0]
try:
    import _fromcycle_a
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, '<dir>'))
    print(e.name)
print(sorted(k for k in sys.modules if k.startswith('_fromcycle')))
try:
    import _cyc.left
except ImportError as e:
    print(type(e).__name__, str(e).replace(here, '<dir>'))
    print(e.name)
print(sorted(k for k in sys.modules if k.startswith('_cyc')))
