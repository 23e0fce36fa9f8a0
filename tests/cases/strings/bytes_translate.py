print(repr(bytearray(b'a\'b')), repr(bytearray(b'a"b')), repr(bytearray(b'a\'"b')), repr(bytearray(b'\\')))
class B(bytearray): pass
print(repr(B(b'x\'')))
print(b'hello'.translate(None, b'l'), bytearray(b'hello').translate(None, delete=b'l'), b'hello'.translate(bytes.maketrans(b'hel', b'HEL'), b'o'))
for f in [lambda: b'x'.translate(b'abc'), lambda: b'x'.translate('abc'), lambda: b'x'.translate(None, 'abc'),
          lambda: bytes.maketrans(b'a', b'bc'), lambda: bytes.maketrans('a', b'b'), lambda: bytes.maketrans(b'a'),
          lambda: b'x'.translate(), lambda: b'x'.translate(None, b'', 3), lambda: b'x'.translate(table=None),
          lambda: bytes.maketrans(), lambda: bytearray.maketrans(frm=b'a', to=b'b'), lambda: b'x'.translate(None, q=1),
          lambda: bytearray(b'x').translate(b'a'), lambda: bytes.translate('x', None)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(b'x'.translate(None, delete=b'x'), bytearray.maketrans(b'a', bytearray(b'b'))[97], type(bytearray.maketrans(b'a', b'b')))
print(b'abc'.translate(bytearray(bytes.maketrans(b'a', b'z'))), type(bytearray(b'q').translate(None)))
