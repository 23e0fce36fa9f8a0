print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\n\tc".expandtabs(2)), repr("\t".expandtabs(0)))
s = "héllo €"
print(s.encode(), s.encode('utf-8'), s.encode('latin-1', 'replace'), s.encode('ascii', 'ignore'))
print(s.encode('ascii', 'backslashreplace'), s.encode('ascii', 'xmlcharrefreplace'))
print(len(s), len(s.encode()), s.encode().decode() == s)
try:
    s.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xff'.decode('latin-1'), b'abc\xff'.decode('utf-8', 'replace'), b'abc\xff'.decode('utf-8', 'ignore'))
