print(complex(1, 2), complex('3-4j'), complex(1.5), complex(), complex(real=1, imag=-1))
print(bytes(2), bytes([1, 2]), bytes('ab', 'utf-8'), bytearray(b'q'), bytes(bytearray(b'z')))
print(memoryview(b'ab').tobytes(), bytes.fromhex('ff 00'), b'ab'.hex())
try:
    bytes('abc')
except TypeError as e:
    print(type(e).__name__, e)
try:
    complex('1+2')
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
