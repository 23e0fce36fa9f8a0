data = b'The Quick  Brown Fox'
print(data.lower(), data.split(), data.split(b' ', 2), data.rsplit(maxsplit=1), data.title(), data.swapcase())
print(data.partition(b' '), data.rpartition(b' '), data.zfill(25), data.ljust(22, b'.'), data.startswith((b'a', b'T')))
print(data.index(b'Q'), data.rfind(b'o'), data.endswith(b'Fox'), b'x'.join([b'1', b'2', b'3']))
print(b'a\nb\r\nc'.splitlines(), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'xxaxx'.strip(b'x'))
print(b'abc'.translate(bytes.maketrans(b'abc', b'bca')), bytes(reversed(b'abc')), b'\x00\x10'.hex(':'))
print(b'hello %s' % b'world', b'%5b|' % b'ab', b'%c%c' % (104, b'i'))
print(memoryview(b'abc')[1], bytes(memoryview(b'xyz')[::2]), b'ab'.isupper(), b'AB'.isupper(), b'  '.isspace())
