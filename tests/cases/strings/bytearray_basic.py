ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
ba.append(33)
ba.extend(b'??')
print(ba)
ba[1:3] = b'EE'
print(ba)
del ba[-2:]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.reverse()
print(ba, bytes(ba), ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray('ab', 'ascii'), bytearray(b'x') == b'x')
ba2 = bytearray(b'abc')
ba2 += b'def'
ba2 *= 2
print(ba2, ba2.upper(), ba2.find(b'd'), ba2.count(b'a'), ba2.remove(ord('a')), ba2)
try:
    ba2[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba2.remove(200)
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(repr(bytearray(b"a'b")), hash(b'abc') == hash(b'abc'))
try:
    hash(bytearray(b'x'))
except TypeError as e:
    print(type(e).__name__, e)
