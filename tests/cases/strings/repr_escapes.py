vals = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash",
        "\x00\x01\x7f", "\r", "é", "日本", "😀", "\u200b", "\x80\x9f", "\ud800", "\t'\"", "\xa0", "\u2028"]
for v in vals:
    print(repr(v), ascii(v), len(v))
print(str("x\ny"))
print(repr(''), repr("'"), repr('"'), repr("'\""))
print(r"raw\nstring", len(r"\n"), 'implicit' ' ' "concat", """triple "quoted" 'x'""")
print('\101\x41\u0041\U00000041\N{LATIN CAPITAL LETTER A}')
