b = b'hello\x00\xff'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), bytes(range(5)), b'a' + b'b', b'ab' * 2)
print(repr(b"it's"), repr(b'"'), repr(b'\'"'), b'\t\n\r\\', b'\x7f\x80')
print(b'abc'.upper(), b'a,b'.split(b','), b'-'.join([b'x', b'y']), b'  x '.strip(), b'abc'.replace(b'b', b'B'))
print(b'hello'.find(b'l'), b'hello'.count(b'l'), b'hello'.startswith(b'he'), b'hello'.hex(), bytes.fromhex('6869 21'))
print(b'abc' == b'abc', b'abc' < b'abd', b'a' in b'cat', 97 in b'cat', list(b'hi'))
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), b'\xe9'.decode('latin-1'))
try:
    b'abc'[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b'abc' + 'def'
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b = b'x'
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(b'%s %d %x' % (b'ab', 5, 255), b'abc'.isalpha(), b'12'.isdigit(), b'ab'.center(6, b'*'))
