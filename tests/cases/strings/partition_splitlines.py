print("key=value=x".partition('='), "key=value=x".rpartition('='))
print("novalue".partition('='), "novalue".rpartition('='))
text = "line1\nline2\r\nline3\rline4\n\nline6"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\x1cb\u2028c\x85d".splitlines())
try:
    "abc".partition('')
except ValueError as e:
    print(type(e).__name__, e)
