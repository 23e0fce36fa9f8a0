print(chr(65), chr(97), chr(8364), chr(0x1F600), chr(0), repr(chr(10)), chr(0x10FFFF) == '\U0010ffff')
print(ord('A'), ord('€'), ord('😀'), ord('\n'), ord(b'a'), ord(bytearray(b'z')))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
