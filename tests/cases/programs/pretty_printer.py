def dump(value, indent=0, step=2):
    pad = ' ' * indent
    inner = ' ' * (indent + step)
    if isinstance(value, dict):
        if not value:
            return '{}'
        items = [f'{inner}{dump(str(k))}: {dump(v, indent + step, step)}' for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        items = [inner + dump(v, indent + step, step) for v in value]
        return '[\n' + ',\n'.join(items) + '\n' + pad + ']'
    if isinstance(value, str):
        escaped = value.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
        return f'"{escaped}"'
    if value is None:
        return 'null'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        return repr(value)
    raise TypeError(f'cannot serialize {type(value).__name__}')
doc = {
    'name': 'Locus',
    'version': [0, 1, 0],
    'stable': False,
    'ratio': 0.75,
    'tags': ('interpreter', 'rust'),
    'nested': {'empty_list': [], 'empty_dict': {}, 'quote': 'say "hi"\nbye', 'none': None},
    'matrix': [[1, 2], [3, 4]],
}
print(dump(doc))
print(dump([1, 'two', [3.0, None]], step=4))
try:
    dump({'bad': {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
