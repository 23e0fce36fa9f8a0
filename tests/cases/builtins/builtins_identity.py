names = ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes',
         'callable', 'chr', 'classmethod', 'compile', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate',
         'eval', 'exec', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex',
         'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'map', 'max', 'min', 'next',
         'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'range', 'repr', 'reversed', 'round', 'set',
         'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip']
missing = []
for n in names:
    try:
        eval(n)
    except NameError:
        missing.append(n)
print('missing builtins:', missing)
print([type(eval(n)).__name__ for n in ['len', 'int', 'print', 'open']])
original_len = len
len = lambda x: 'shadow'
print(len([1]), original_len([1]))
del len
print(len([1]), len is original_len)
def uses_len():
    return len('abcd')
print(uses_len())
try:
    del len
except NameError as e:
    print(type(e).__name__, e)
