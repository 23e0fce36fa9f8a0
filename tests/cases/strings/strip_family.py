s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip('x'), "xyhiyx".strip('xy'), "abcba".lstrip('ab'), "abcba".rstrip('ab'))
print(repr("".strip()), repr("   ".strip()), "hello".strip(''))
print("www.example.com".removeprefix("www."), "file.txt".removesuffix(".txt"), "abc".removeprefix("x"))
print("\u00a0nbsp\u2003".strip() == "nbsp")
