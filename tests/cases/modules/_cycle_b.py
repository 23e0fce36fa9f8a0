print('  [_cycle_b start]')
import _cycle_a
B_VALUE = 'b'
def use_a():
    return 'b uses ' + _cycle_a.A_VALUE
print('  [_cycle_b end, _cycle_a has A_VALUE yet:', hasattr(_cycle_a, 'A_VALUE'), ']')
