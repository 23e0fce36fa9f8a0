print('  [_cycle_a start]')
import _cycle_b
A_VALUE = 'a'
def use_b():
    return 'a uses ' + _cycle_b.B_VALUE
print('  [_cycle_a end]')
