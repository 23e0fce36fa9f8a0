import _cycle_a
print(_cycle_a.use_b(), _cycle_a._cycle_b.use_a())
import _cycle_b
print(_cycle_b.A_VALUE if hasattr(_cycle_b, 'A_VALUE') else 'no A_VALUE on b', _cycle_b._cycle_a is _cycle_a)
