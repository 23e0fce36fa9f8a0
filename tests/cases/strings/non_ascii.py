s = "naïve café — 日本語 😀"
print(s, len(s), s[6], s[-1], s[12:15], s.upper())
print([c for c in "añ日😀"], [ord(c) for c in "añ日😀"])
print(chr(233), chr(0x65e5), chr(0x1F600), '\u00e9' == 'é', '\N{GREEK SMALL LETTER ALPHA}')
print(len('😀'), len('😀'.encode('utf-8')), len('é'.encode('utf-16-le')))
print(sorted("zébra"), "é" > "z", max("日本語"), min("añ"))
print(s[::-1])
print("Straße".upper(), "İ".lower(), len("İ".lower()))
print("ab" + "ç" * 3, "日" in s, s.find("日本"), s.index("😀"))
